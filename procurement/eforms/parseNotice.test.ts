import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import { EFORMS_EXAMPLES_DIR, readExample } from '../testing/sharedData.js';
import type { Notice } from './notice.js';
import { parseNotice } from './parseNotice.js';

const parse = (file: string): Notice => parseNotice(readExample(file));

function refusal(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('parseNotice on the eForms SDK examples', () => {
  it('parses the 10 valid examples and refuses the 2 invalid ones', () => {
    const files = readdirSync(EFORMS_EXAMPLES_DIR).filter((file) => file.endsWith('.xml'));
    expect(files).toHaveLength(12);
    for (const file of files) {
      if (file.startsWith('INVALID')) expect(() => parse(file), file).toThrow(BadUserInputError);
      else expect(parse(file).lots.length, file).toBeGreaterThan(0);
    }
  });

  it('reads the minimal contract notice', () => {
    const notice = parse('cn_24_minimal.xml');
    expect(notice).toMatchObject({
      noticeId: 'f42be27e-09cf-4f0e-a745-63ec689631e6',
      version: '01',
      kind: 'contract-notice',
      noticeType: 'cn-standard',
      subtype: '16',
      legalBasis: '32014L0024',
      sdkVersion: 'eforms-sdk-1.15',
      languages: ['ENG'],
      cpv: { main: '72230000', additional: [] },
      contractNature: 'services',
    });
    expect(notice.issued.iso).toBe('2019-11-21T00:00:00+01:00');
    expect(notice.buyer).toMatchObject({
      id: 'ORG-0001',
      name: { ENG: 'Publications Office of the European Union' },
      country: 'LUX',
      town: 'Luxembourg',
    });
    expect(notice.title.ENG).toBe(
      'Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)',
    );
    expect(notice.description.ENG).toContain('\nwith the possibility to extend');
    expect(notice.lots).toHaveLength(1);
    const [lot] = notice.lots;
    expect(lot).toMatchObject({
      id: 'LOT-0000',
      kind: 'lot',
      internalId: '1',
      cpv: { main: '72230000', additional: [] },
      places: [{ nuts: 'FRD22', country: 'FRA', town: null }],
      period: { duration: { value: 48, unit: 'MONTH' }, start: null, end: null },
      deadline: { kind: 'tender-submission', iso: '2020-02-04T10:00:00+02:00' },
      estimatedValue: null,
      subcontracting: null,
      groupOfOperators: null,
      result: null,
    });
    expect(lot?.deadline?.epochMs).toBe(Date.UTC(2020, 1, 4, 8, 0, 0));
  });

  it('reads the maximal notice: two lots, a lot group, values and the request-to-participate deadline', () => {
    const notice = parse('cn_24_maximal.xml');
    expect(notice.noticeId).toBe('14549263-b47b-4e59-96a1-2d0d13e19343');
    expect(notice.version).toBe('03');
    expect(notice.cpv).toEqual({ main: '79710000', additional: ['79720000'] });
    expect(notice.buyer.name.ENG).toBe('Financial Adinistration for ...');
    expect(notice.estimatedValue).toEqual({ amount: 9999999.99, currency: 'EUR' });
    expect(notice.lots.map((lot) => lot.id)).toEqual(['LOT-0001', 'LOT-0002']);
    expect(notice.lotGroups).toEqual([
      { id: 'GLO-0001', title: { ENG: 'Title ---' }, lotIds: ['LOT-0001', 'LOT-0002'] },
    ]);
    const lot = notice.lots[0]!;
    expect(lot.cpv.main).toBe('75121000');
    expect(lot.estimatedValue).toEqual({ amount: 9999999.99, currency: 'EUR' });
    expect(lot.places[0]).toMatchObject({ nuts: 'LU000', town: 'Luxembourg', country: 'LUX' });
    expect(lot.places[1]).toMatchObject({ region: 'anyw-cou', country: 'GBR' });
    expect(lot.deadline).toMatchObject({ kind: 'request-to-participate', iso: '2023-05-22T20:59:32+01:00' });
    expect(lot.period?.start?.iso).toBe('2023-01-01');
    expect(lot.groupOfOperators).toEqual({
      legalFormRequired: true,
      legalForm: { ENG: 'Tenderer Legal Form Description ---' },
    });
  });

  it('reads all 100 lots of the load-test notice', () => {
    const notice = parse('cn_24_maximal_100_lots.xml');
    expect(notice.noticeId).toBe('7dac8d90-0883-49f2-87de-519c5992d0bc');
    expect(notice.lots).toHaveLength(100);
    expect(new Set(notice.lots.map((lot) => lot.id)).size).toBe(100);
    expect(notice.lots[0]?.id).toBe('LOT-0001');
    expect(notice.lots[99]?.id).toBe('LOT-0100');
    expect(notice.lots.every((lot) => lot.cpv.main === '75121000')).toBe(true);
    expect(notice.lots[0]?.places[0]).toMatchObject({ town: 'London', country: 'GBR', nuts: null });
    expect(notice.lots.every((lot) => lot.deadline?.kind === 'request-to-participate')).toBe(true);
  });

  it('keeps every one of the 24 languages of the multilingual notice', () => {
    const notice = parse('cn_24_multilingual.xml');
    const languages =
      'ENG BUL CES DAN DEU ELL SPA EST FIN FRA GLE HRV HUN ITA LIT LAV MLT NLD POL POR RON SLK SLV SWE';
    expect(notice.languages).toEqual(languages.split(' '));
    expect(Object.keys(notice.title).sort()).toEqual([...notice.languages].sort());
    expect(notice.buyer.name.DEU).toBe('Amt für Veröffentlichungen der Europäischen Union');
    expect(notice.buyer.name.FRA).toBe("Office des publications de l'Union européenne");
    expect(notice.cpv).toEqual({ main: '72230000', additional: ['72260000'] });
    const [lot] = notice.lots;
    expect(Object.keys(lot?.title ?? {})).toHaveLength(24);
    expect(lot).toMatchObject({
      estimatedValue: { amount: 4500000, currency: 'EUR' },
      deadline: { kind: 'tender-submission', iso: '2020-02-03T13:00:00Z' },
      places: [{ nuts: 'LU000', country: 'LUX' }],
    });
  });

  it('reads the open procedure with three additional CPVs', () => {
    const notice = parse('cn_24_open.xml');
    expect(notice.buyer).toMatchObject({ name: { ENG: 'Renfrewshire Council' }, country: 'GBR' });
    expect(notice.cpv).toEqual({ main: '71630000', additional: ['71314100', '50300000', '31600000'] });
    expect(notice.lots[0]).toMatchObject({
      deadline: { iso: '2020-04-03T12:00:00+01:00' },
      period: { duration: { value: 36, unit: 'MONTH' }, start: { iso: '2020-09-01' } },
    });
  });

  it('reads the French notice full of comments', () => {
    const notice = parse('cn_24_FRA_comments.xml');
    expect(notice.languages).toEqual(['FRA']);
    expect(notice.buyer.name.FRA).toBe('Rouen Habitat');
    expect(notice.title.FRA).toBe("Service d'entretien de remise en état et de nettoyage des espaces verts");
    expect(notice.lots.map((lot) => [lot.id, lot.title.FRA])).toEqual([
      ['LOT-0001', 'Agence centre'],
      ['LOT-0002', 'Agence Hauts de Rouen'],
    ]);
    expect(notice.lots[0]).toMatchObject({
      places: [{ nuts: 'FRD22', country: 'FRA' }],
      deadline: { kind: 'tender-submission', iso: '2019-06-24T16:00:00Z' },
      period: { start: { iso: '2019-09-01' }, end: { iso: '2020-12-31' } },
    });
  });

  it('reads subcontracting and group-of-operators terms of the defence notice', () => {
    const notice = parse('cn_81_FRA.xml');
    expect(notice.subtype).toBe('18');
    expect(notice.legalBasis).toBe('32009L0081');
    expect(notice.buyer.name.FRA).toBe("Commissariat à l'énergie atomique et aux énergies alternatives");
    const lot = notice.lots[0]!;
    expect(lot.cpv.main).toBe('80512000');
    expect(lot.subcontracting).toEqual({
      obligation: 'subc-chng',
      indications: ['shar-subc'],
      inWinningTender: null,
    });
    expect(lot.groupOfOperators?.legalFormRequired).toBe(true);
    expect(lot.groupOfOperators?.legalForm.FRA).toContain(
      'Groupement momentané d’entreprises (GME) solidaire',
    );
    expect(lot.deadline).toMatchObject({ kind: 'request-to-participate', iso: '2020-09-14T16:00:00+01:00' });
    expect(lot.period?.duration).toEqual({ value: 27, unit: 'MONTH' });
  });

  it('reads the light-regime notice and its five additional CPVs as listed', () => {
    const notice = parse('cn-social_24.xml');
    expect(notice).toMatchObject({ noticeType: 'cn-social', subtype: '20' });
    expect(notice.buyer.name.ENG).toBe('Scotland Excel');
    expect(notice.cpv).toEqual({
      main: '85311300',
      additional: ['85311300', '85310000', '85300000', '85000000', '80000000'],
    });
    expect(notice.lots[0]?.deadline?.iso).toBe('2020-01-06T12:00:00+01:00');
    expect(notice.lots[0]?.groupOfOperators?.legalForm.ENG).toMatch(
      /^Scotland Excel will require the members/,
    );
  });

  it('reads the "part" of a prior information notice', () => {
    const notice = parse('pin-only_24.xml');
    expect(notice).toMatchObject({ kind: 'prior-information-notice', noticeType: 'pin-only', subtype: '4' });
    expect(notice.noticeId).toBe('f252f386-55ac-4fa8-9be4-9f950b9904c8');
    expect(notice.cpv.main).toBe('72000000');
    expect(notice.lots).toHaveLength(1);
    expect(notice.lots[0]).toMatchObject({
      id: 'PAR-0000',
      kind: 'part',
      cpv: { main: '50000000' },
      places: [{ nuts: 'DE123', town: 'RealizedLocCity1234', country: 'DEU' }],
    });
  });

  it('reads the award notice and its result', () => {
    const notice = parse('can_24_minimal.xml');
    expect(notice).toMatchObject({
      kind: 'contract-award-notice',
      noticeType: 'can-standard',
      subtype: '29',
    });
    expect(notice.buyer.name.FRA).toBe('Rouen Habitat');
    expect(notice.lots[0]).toMatchObject({
      id: 'LOT-0000',
      deadline: null,
      subcontracting: { inWinningTender: 'no' },
      result: {
        tendersReceived: 3,
        winners: ['Espaces Verts Lemire'],
        awardedValue: { amount: 95414, currency: 'EUR' },
      },
    });
  });
});

describe('parseNotice refuses the invalid examples, naming what is missing', () => {
  it('refuses the empty notice', () => {
    const error = refusal(() => parse('INVALID_cn_24_empty.xml'));
    const paths = error.problems.map((problem) => problem.path[0]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'ContractNotice/cbc:ID[@schemeName="notice-id"]',
        'ContractNotice/cbc:VersionID',
        'ContractNotice/cbc:IssueDate',
        'ContractNotice/cbc:NoticeLanguageCode',
        'ContractNotice/cac:ProcurementProjectLot',
      ]),
    );
    expect(error.message).toContain('cbc:ID[@schemeName="notice-id"]: missing or empty (notice identifier)');
  });

  it('refuses the stage-1 notice and names its empty lot id', () => {
    const error = refusal(() => parse('INVALID_cn_24_stage-1.xml'));
    expect(error.message).toContain(
      'ContractNotice/cac:ProcurementProjectLot[1]/cbc:ID: missing or empty (lot identifier)',
    );
    expect(error.message).toContain('ContractNotice/cbc:IssueDate');
    expect(error.message).toContain('main CPV code');
  });
});

describe('parseNotice reads elements by namespace, not by prefix', () => {
  const minimal = readExample('cn_24_minimal.xml');

  it('reads the same notice when every prefix is renamed', () => {
    const renamed = minimal
      .replaceAll('cbc:', 'basic:')
      .replaceAll('xmlns:cbc=', 'xmlns:basic=')
      .replaceAll('cac:', 'agg:')
      .replaceAll('xmlns:cac=', 'xmlns:agg=');
    expect(parseNotice(renamed)).toEqual(parseNotice(minimal));
  });

  it('ignores elements whose prefix is right but whose namespace is not', () => {
    const wrongCbc = minimal.replace(
      'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"',
      'xmlns:cbc="urn:example:not-ubl"',
    );
    expect(refusal(() => parseNotice(wrongCbc)).message).toContain('notice identifier');
  });

  it('refuses a root element in the wrong namespace', () => {
    const wrongRoot = minimal.replace(
      'xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"',
      'xmlns="urn:example:contract"',
    );
    expect(refusal(() => parseNotice(wrongRoot)).message).toBe(
      'the root element <ContractNotice> is in the namespace "urn:example:contract", not ' +
        '"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"',
    );
  });

  it('refuses a wrong root element', () => {
    const invoice =
      '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>1</ID></Invoice>';
    expect(refusal(() => parseNotice(invoice)).message).toMatch(
      /^the root element is <Invoice>; an eForms notice is one of/,
    );
  });

  it('decodes predefined entities and character references in texts', () => {
    const withEntities = minimal.replace(
      '<cbc:Name languageID="ENG">Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)</cbc:Name>',
      '<cbc:Name languageID="ENG">Design &amp; print &#233;&#x20AC; &lt;3 <![CDATA[&amp; raw]]></cbc:Name>',
    );
    expect(parseNotice(withEntities).title.ENG).toBe('Design & print é€ <3 &amp; raw');
  });

  it('names a malformed date and CPV code', () => {
    const broken = minimal
      .replace('<cbc:EndDate>2020-02-04+02:00</cbc:EndDate>', '<cbc:EndDate>2020-02-31+02:00</cbc:EndDate>')
      .replaceAll('>72230000<', '>7223<');
    const error = refusal(() => parseNotice(broken));
    expect(error.message).toContain(
      'ContractNotice/cac:ProcurementProjectLot[1]/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate: "2020-02-31+02:00" is not a date',
    );
    expect(error.message).toContain('"7223" is not a CPV code');
  });
});
