// Reads an eForms contract notice, prior information notice or contract award
// notice (SDK 1.x, UBL 2.3) into a Notice. Untrusted input: the XML is parsed
// without DTD or entities (safeXmlParser), and a notice missing what
// Passerelle needs is refused with every missing element named.
import { BadUserInputError } from '../../domain/errors.js';
import { parseXmlDocument, type XmlLimits } from '../xml/safeXmlParser.js';
import { attribute, select, selectFirst, textAt, type XmlElement } from '../xml/xmlElement.js';
import { readAwardResults } from './awardResults.js';
import { readLots } from './lotReader.js';
import { cac, cbc, EFORMS_EXTENSION, efac, type NoticeKind, ROOT_ELEMENTS } from './namespaces.js';
import type { Notice, Organisation } from './notice.js';
import { type NoticePart, NoticeProblems } from './noticeProblems.js';
import { readOrganisations } from './organisations.js';
import { readCpv, readDateTime, readMoney, readPlaces, readTexts } from './valueReaders.js';

export function parseNotice(xml: string, limits?: XmlLimits): Notice {
  const root = parseXmlDocument(xml, limits);
  const kind = noticeKind(root);
  const problems = new NoticeProblems();
  const at = (path: string) => `${root.name}/${path}`;
  const required = (value: string | undefined, path: string, what: NoticePart): string => {
    if (value === undefined) problems.missing(at(path), what);
    return value ?? '';
  };

  const noticeId = required(
    select(root, cbc('ID')).find((id) => attribute(id, 'schemeName') === 'notice-id')?.text || undefined,
    'cbc:ID[@schemeName="notice-id"]',
    'noticeId',
  );
  const version = required(textAt(root, cbc('VersionID')), 'cbc:VersionID', 'version');
  const noticeType = required(textAt(root, cbc('NoticeTypeCode')), 'cbc:NoticeTypeCode', 'noticeType');
  const subtype = required(
    textAt(root, ...EFORMS_EXTENSION, efac('NoticeSubType'), cbc('SubTypeCode')),
    'ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:NoticeSubType/cbc:SubTypeCode',
    'subtype',
  );
  const issueDate = required(textAt(root, cbc('IssueDate')), 'cbc:IssueDate', 'issueDate');
  const mainLanguage = required(
    textAt(root, cbc('NoticeLanguageCode')),
    'cbc:NoticeLanguageCode',
    'language',
  );
  const languages = [
    ...new Set([
      mainLanguage,
      ...select(root, cac('AdditionalNoticeLanguage'), cbc('ID')).map((id) => id.text),
    ]),
  ].filter((language) => language !== '');
  const defaultLanguage = languages[0] ?? 'und';

  const organisations = readOrganisations(root, defaultLanguage);
  const buyer = readBuyer(root, organisations, problems);
  const project = selectFirst(root, cac('ProcurementProject'));
  const title = readTexts(project ? select(project, cbc('Name')) : [], defaultLanguage);
  if (Object.keys(title).length === 0)
    problems.missing(at('cac:ProcurementProject/cbc:Name'), 'procedureTitle');
  const cpv = readCpv(project, at('cac:ProcurementProject'), problems);
  if (!cpv.main) {
    problems.missing(
      at(
        'cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode[@listName="cpv"]',
      ),
      'mainCpv',
    );
  }
  const awards = readAwardResults(root, organisations, languages, problems);
  const { lots, lotGroups } = readLots(root, { rootName: root.name, defaultLanguage, awards, problems });
  if (select(root, cac('ProcurementProjectLot')).length === 0)
    problems.missing(at('cac:ProcurementProjectLot'), 'lot');
  const issued = issueDate
    ? readDateTime(issueDate, textAt(root, cbc('IssueTime')), at('cbc:Issue'), problems)
    : null;
  problems.throwIfAny();

  return {
    noticeId,
    version,
    kind,
    noticeType,
    subtype,
    procedureId: textAt(root, cbc('ContractFolderID')) ?? null,
    legalBasis: textAt(root, cbc('RegulatoryDomain')) ?? null,
    sdkVersion: textAt(root, cbc('CustomizationID')) ?? null,
    issued: issued!,
    languages,
    buyer: buyer!,
    title,
    description: readTexts(project ? select(project, cbc('Description')) : [], defaultLanguage),
    contractNature: project ? (textAt(project, cbc('ProcurementTypeCode')) ?? null) : null,
    cpv,
    places: readPlaces(project, defaultLanguage),
    estimatedValue: readMoney(
      project && selectFirst(project, cac('RequestedTenderTotal'), cbc('EstimatedOverallContractAmount')),
      at('cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount'),
      problems,
    ),
    lots,
    lotGroups,
  };
}

function noticeKind(root: XmlElement): NoticeKind {
  const expected = ROOT_ELEMENTS.find((candidate) => candidate.name === root.name);
  if (!expected) {
    const names = ROOT_ELEMENTS.map((candidate) => candidate.name).join(', ');
    throw new BadUserInputError([
      {
        path: [],
        message: `the root element is <${root.qualifiedName}>; an eForms notice is one of ${names}`,
        reason: { code: 'eforms.notNotice', params: { root: root.qualifiedName, expected: names } },
      },
    ]);
  }
  if (root.namespace !== expected.namespace) {
    throw new BadUserInputError([
      {
        path: [],
        message: `the root element <${root.qualifiedName}> is in the namespace "${root.namespace}", not "${expected.namespace}"`,
        reason: {
          code: 'eforms.namespace',
          params: { root: root.qualifiedName, namespace: root.namespace, expected: expected.namespace },
        },
      },
    ]);
  }
  return expected.kind;
}

/** The first contracting party whose organisation is listed with a name. */
function readBuyer(
  root: XmlElement,
  organisations: ReadonlyMap<string, Organisation>,
  problems: NoticeProblems,
): Organisation | undefined {
  const where = `${root.name}/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID`;
  const references = select(
    root,
    cac('ContractingParty'),
    cac('Party'),
    cac('PartyIdentification'),
    cbc('ID'),
  )
    .map((id) => id.text)
    .filter((id) => id !== '');
  if (references.length === 0) {
    problems.missing(where, 'buyerReference');
    return undefined;
  }
  const buyer = references
    .map((id) => organisations.get(id))
    .find((org) => org && Object.keys(org.name).length > 0);
  if (!buyer) {
    problems.missing(
      'efac:Organizations/efac:Organization/efac:Company/cac:PartyName/cbc:Name',
      'buyerName',
      references.join(', '),
    );
  }
  return buyer;
}
