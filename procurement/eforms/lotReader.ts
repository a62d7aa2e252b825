// Reads `cac:ProcurementProjectLot` elements: lots (contract and award notices),
// parts (prior information notices) and lot groups.
import { attribute, select, selectFirst, textAt, textsAt, type XmlElement } from '../xml/xmlElement.js';
import type { LotAward } from './awardResults.js';
import { cac, cbc, EFORMS_EXTENSION, efac, efbc } from './namespaces.js';
import type {
  Deadline,
  DeadlineKind,
  GroupOfOperatorsTerms,
  Lot,
  LotGroup,
  PlannedPeriod,
  SubcontractingTerms,
} from './notice.js';
import type { NoticeProblems } from './noticeProblems.js';
import { readCpv, readDateTime, readDuration, readMoney, readPlaces, readTexts } from './valueReaders.js';

export interface LotContext {
  rootName: string;
  defaultLanguage: string;
  awards: ReadonlyMap<string, LotAward>;
  problems: NoticeProblems;
}

const SCHEMES: Readonly<Record<string, 'lot' | 'part' | 'group'>> = {
  Lot: 'lot',
  Part: 'part',
  LotsGroup: 'group',
};
const ID_PREFIXES: Readonly<Record<string, 'lot' | 'part' | 'group'>> = {
  LOT: 'lot',
  PAR: 'part',
  GLO: 'group',
};

export function readLots(root: XmlElement, context: LotContext): { lots: Lot[]; lotGroups: LotGroup[] } {
  const lots: Lot[] = [];
  const lotGroups: LotGroup[] = [];
  select(root, cac('ProcurementProjectLot')).forEach((element, index) => {
    const where = `${context.rootName}/cac:ProcurementProjectLot[${index + 1}]`;
    const idElement = select(element, cbc('ID'))[0];
    const id = idElement?.text ?? '';
    if (id === '') {
      context.problems.missing(`${where}/cbc:ID`, 'lotId');
      return;
    }
    const kind = SCHEMES[attribute(idElement!, 'schemeName') ?? ''] ?? ID_PREFIXES[id.slice(0, 3)] ?? 'lot';
    const project = selectFirst(element, cac('ProcurementProject'));
    const title = readTexts(project ? select(project, cbc('Name')) : [], context.defaultLanguage);
    if (kind === 'group') {
      lotGroups.push({ id, title, lotIds: groupMembers(root, id) });
      return;
    }
    lots.push(readLot(element, project, { id, kind, title, where }, context));
  });
  return { lots, lotGroups };
}

function readLot(
  element: XmlElement,
  project: XmlElement | undefined,
  lot: Pick<Lot, 'id' | 'kind' | 'title'> & { where: string },
  context: LotContext,
): Lot {
  const { problems, defaultLanguage } = context;
  const projectPath = `${lot.where}/cac:ProcurementProject`;
  const award = context.awards.get(lot.id);
  return {
    id: lot.id,
    kind: lot.kind,
    internalId: project ? (textAt(project, cbc('ID')) ?? null) : null,
    title: lot.title,
    description: readTexts(project ? select(project, cbc('Description')) : [], defaultLanguage),
    contractNature: project ? (textAt(project, cbc('ProcurementTypeCode')) ?? null) : null,
    cpv: readCpv(project, projectPath, problems),
    places: readPlaces(project, defaultLanguage),
    estimatedValue: readMoney(
      project && selectFirst(project, cac('RequestedTenderTotal'), cbc('EstimatedOverallContractAmount')),
      `${projectPath}/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount`,
      problems,
    ),
    period: project ? readPeriod(project, `${projectPath}/cac:PlannedPeriod`, problems) : null,
    deadline: readDeadline(element, `${lot.where}/cac:TenderingProcess`, problems),
    subcontracting: readSubcontracting(element, award),
    groupOfOperators: readGroupTerms(element, defaultLanguage),
    result: award?.result ?? null,
  };
}

function readPeriod(project: XmlElement, where: string, problems: NoticeProblems): PlannedPeriod | null {
  const period = selectFirst(project, cac('PlannedPeriod'));
  if (!period) return null;
  const planned: PlannedPeriod = {
    duration: readDuration(
      selectFirst(period, cbc('DurationMeasure')),
      `${where}/cbc:DurationMeasure`,
      problems,
    ),
    start: readDateTime(textAt(period, cbc('StartDate')), undefined, `${where}/cbc:Start`, problems),
    end: readDateTime(textAt(period, cbc('EndDate')), undefined, `${where}/cbc:End`, problems),
  };
  return planned.duration || planned.start || planned.end ? planned : null;
}

const DEADLINE_ELEMENTS: readonly [DeadlineKind, string][] = [
  ['tender-submission', 'TenderSubmissionDeadlinePeriod'],
  ['request-to-participate', 'ParticipationRequestReceptionPeriod'],
];

/** The tender submission deadline, or else the deadline for requests to participate. */
function readDeadline(lot: XmlElement, where: string, problems: NoticeProblems): Deadline | null {
  for (const [kind, elementName] of DEADLINE_ELEMENTS) {
    const period = selectFirst(lot, cac('TenderingProcess'), cac(elementName));
    if (!period) continue;
    const at = readDateTime(
      textAt(period, cbc('EndDate')),
      textAt(period, cbc('EndTime')),
      `${where}/cac:${elementName}/cbc:End`,
      problems,
    );
    if (at) return { kind, ...at };
  }
  return null;
}

function readSubcontracting(lot: XmlElement, award: LotAward | undefined): SubcontractingTerms | null {
  const terms = selectFirst(lot, cac('TenderingTerms'));
  const obligation = terms
    ? (textAt(terms, cac('AllowedSubcontractTerms'), cbc('SubcontractingConditionsCode')) ?? null)
    : null;
  const indications = terms
    ? textsAt(
        terms,
        ...EFORMS_EXTENSION,
        efac('TenderSubcontractingRequirements'),
        efbc('TenderSubcontractingRequirementsCode'),
      )
    : [];
  const inWinningTender = award?.subcontracting ?? null;
  return obligation || indications.length > 0 || inWinningTender
    ? { obligation, indications, inWinningTender }
    : null;
}

function readGroupTerms(lot: XmlElement, defaultLanguage: string): GroupOfOperatorsTerms | null {
  for (const request of select(lot, cac('TenderingTerms'), cac('TendererQualificationRequest'))) {
    const code = textAt(request, cbc('CompanyLegalFormCode'));
    const legalForm = readTexts(select(request, cbc('CompanyLegalForm')), defaultLanguage);
    if (code === undefined && Object.keys(legalForm).length === 0) continue;
    return { legalFormRequired: code === 'true', legalForm };
  }
  return null;
}

/** The lots of a group, listed in the notice's `cac:TenderingTerms/cac:LotDistribution/cac:LotsGroup`. */
function groupMembers(root: XmlElement, groupId: string): string[] {
  const group = select(root, cac('TenderingTerms'), cac('LotDistribution'), cac('LotsGroup')).find(
    (candidate) => textAt(candidate, cbc('LotsGroupID')) === groupId,
  );
  return group ? textsAt(group, cac('ProcurementProjectLotReference'), cbc('ID')) : [];
}
