// What Passerelle keeps of an eForms notice: plain data, every field traced to
// the element it comes from (see /shared/data/eforms/README.md for the paths).
import type { NoticeKind } from './namespaces.js';

/** Text per notice language, keyed by the notice's own language code (`ENG`, `FRA`, `NLD`...). */
export type Texts = Record<string, string>;

export interface Money {
  amount: number;
  /** ISO 4217, from `@currencyID`. */
  currency: string;
}

/** A date, or a date and time, from an eForms `…Date` (+ `…Time`) pair. */
export interface NoticeDateTime {
  /** ISO 8601: `2020-02-04T10:00:00+02:00`, or `2020-02-04` when the notice gives no time. */
  iso: string;
  /** The instant; a date without a time counts as the end of that day. */
  epochMs: number;
}

export interface Place {
  /** NUTS code (`cbc:CountrySubentityCode[@listName="nuts"]`), e.g. `FRD22`. */
  nuts: string | null;
  town: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-3 as written in the notice (`FRA`, `BEL`). */
  country: string | null;
  /** `anyw`, `anyw-cou`, `anyw-eea` when the work can be done anywhere. */
  region: string | null;
  description: Texts;
}

export interface Cpv {
  main: string | null;
  additional: string[];
}

export interface Duration {
  value: number;
  /** `DAY`, `WEEK`, `MONTH`, `YEAR` (`@unitCode`). */
  unit: string;
}

export interface PlannedPeriod {
  duration: Duration | null;
  start: NoticeDateTime | null;
  end: NoticeDateTime | null;
}

export const DEADLINE_KINDS = ['tender-submission', 'request-to-participate'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline extends NoticeDateTime {
  kind: DeadlineKind;
}

export interface SubcontractingTerms {
  /** `cac:AllowedSubcontractTerms/cbc:SubcontractingConditionsCode` (subcontracting-obligation). */
  obligation: string | null;
  /** `efbc:TenderSubcontractingRequirementsCode` values (subcontracting-indication). */
  indications: string[];
  /** Award notices: whether the winning tender subcontracts (`efbc:TermCode[@listName="applicability"]`). */
  inWinningTender: string | null;
}

/** Whether a group of economic operators must take a given legal form if it wins. */
export interface GroupOfOperatorsTerms {
  legalFormRequired: boolean;
  legalForm: Texts;
}

export interface LotResult {
  /** `efac:ReceivedSubmissionsStatistics` of type `tenders`. */
  tendersReceived: number | null;
  /** Names of the organisations of the winning tendering parties. */
  winners: string[];
  awardedValue: Money | null;
}

export interface Lot {
  id: string;
  /** A lot of a contract or award notice, or a "part" of a prior information notice. */
  kind: 'lot' | 'part';
  internalId: string | null;
  title: Texts;
  description: Texts;
  contractNature: string | null;
  cpv: Cpv;
  places: Place[];
  estimatedValue: Money | null;
  period: PlannedPeriod | null;
  deadline: Deadline | null;
  subcontracting: SubcontractingTerms | null;
  groupOfOperators: GroupOfOperatorsTerms | null;
  result: LotResult | null;
}

export interface LotGroup {
  id: string;
  title: Texts;
  lotIds: string[];
}

export interface Organisation {
  id: string;
  name: Texts;
  town: string | null;
  nuts: string | null;
  country: string | null;
}

export interface Notice {
  noticeId: string;
  version: string;
  kind: NoticeKind;
  /** `cbc:NoticeTypeCode`: `cn-standard`, `cn-social`, `pin-only`, `can-standard`... */
  noticeType: string;
  /** eForms form subtype, e.g. `16` (contract notice, general directive). */
  subtype: string;
  procedureId: string | null;
  /** `cbc:RegulatoryDomain`, e.g. `32014L0024`. */
  legalBasis: string | null;
  sdkVersion: string | null;
  issued: NoticeDateTime;
  /** The notice language first, then the additional ones. */
  languages: string[];
  buyer: Organisation;
  title: Texts;
  description: Texts;
  contractNature: string | null;
  cpv: Cpv;
  places: Place[];
  estimatedValue: Money | null;
  lots: Lot[];
  lotGroups: LotGroup[];
}
