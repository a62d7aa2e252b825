// Public-procurement notices: the eForms parser, CPV → skills, skills named in
// free text, NUTS places, and the requirement set a lot suggests. Pure: imports
// domain/ only.

export { countryAlpha2 } from './countryCodes.js';
export { cpvAncestors, normalizeCpv } from './cpvCode.js';
export { CPV_SKILL_ENTRIES, type CpvSkillEntry, type CpvSkills, cpvToSkills } from './cpvSkills.js';
export type { NoticeKind } from './eforms/namespaces.js';
export type {
  Cpv,
  Deadline,
  DeadlineKind,
  Duration,
  GroupOfOperatorsTerms,
  Lot,
  LotGroup,
  LotResult,
  Money,
  Notice,
  NoticeDateTime,
  Organisation,
  Place,
  PlannedPeriod,
  SubcontractingTerms,
  Texts,
} from './eforms/notice.js';
export { parseNotice } from './eforms/parseNotice.js';
export {
  LARGE_LOT_EUR,
  LONG_LOT_MONTHS,
  type LotRequirementsOptions,
  lotRequirements,
  MAX_REQUIREMENTS,
} from './lotRequirements.js';
export { type LotJson, type NoticeJson, noticeToJson, type SkillJson } from './noticeJson.js';
export {
  type LotSkills,
  lotSkills,
  type NoticeSkills,
  networkTaxonomy,
  noticeSkills,
  type SkillEvidence,
} from './noticeSkills.js';
export { NUTS_REGIONS, type NutsRegion, nutsLevel, nutsRegion } from './nutsPlaces.js';
export { cityKey, type KnownCity, knownCities, type LotLocation, placeOf } from './placeOf.js';
export { type ExtractSkillsOptions, extractSkills, type SkillMention } from './skillsFromText.js';
export { type DeadlineMention, deadlineFromText } from './text/deadlineFromText.js';
export { GERMAN_SKILL_TERMS } from './text/germanSkillTerms.js';
export { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/safeXmlParser.js';
