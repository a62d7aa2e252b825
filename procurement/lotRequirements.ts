// A lot as a first requirement set for a joint bid, for the member to edit:
// one slot per skill the lot asks for (the most specific ones), level 3 when the
// buyer's CPV codes support the skill (or a broader one) and 2 when only the
// wording does, and two people for the skills of the main CPV of a large lot.
import type { Requirement } from '../domain/entities/tender.js';
import type { Taxonomy } from '../domain/taxonomy.js';
import { cpvToSkills } from './cpvSkills.js';
import type { Cpv, Lot } from './eforms/notice.js';
import { lotSkills, networkTaxonomy, type SkillEvidence } from './noticeSkills.js';

export interface LotRequirementsOptions {
  taxonomy?: Taxonomy;
  /** The notice's CPV codes, used when the lot has none of its own. */
  fallbackCpv?: Cpv;
  /** The lot's skills if already computed by noticeSkills/lotSkills (saves reading the texts twice). */
  skills?: readonly SkillEvidence[];
}

/** A team rarely exceeds this many distinct skills; further ones are left for the member to add. */
export const MAX_REQUIREMENTS = 8;
/** From this estimated value (in euros), or this duration, the main skills need two people. */
export const LARGE_LOT_EUR = 500_000;
export const LONG_LOT_MONTHS = 24;

const MONTHS_PER_UNIT: Readonly<Record<string, number>> = { DAY: 1 / 30, WEEK: 7 / 30, MONTH: 1, YEAR: 12 };

export function lotRequirements(lot: Lot, options: LotRequirementsOptions = {}): Requirement[] {
  const taxonomy = options.taxonomy ?? networkTaxonomy();
  const skills = options.skills ?? lotSkills(lot, taxonomy, options.fallbackCpv).skills;
  const ids = skills.map((skill) => skill.id);
  const cpvSupported = new Set(skills.filter((skill) => skill.fromCpv).map((skill) => skill.id));
  const mainCpv = lot.cpv.main ?? options.fallbackCpv?.main ?? null;
  const mainSkills = new Set(mainCpv ? cpvToSkills(mainCpv).skills : []);
  const large = isLarge(lot);
  // "photography" adds nothing when "event-photography" is asked for; the narrower skill keeps its support.
  const specific = skills.filter(
    (skill) => !ids.some((other) => other !== skill.id && taxonomy.ancestors(other).includes(skill.id)),
  );
  return specific.slice(0, MAX_REQUIREMENTS).map((skill) => {
    const lineage = [skill.id, ...taxonomy.ancestors(skill.id)];
    return {
      skill: skill.id,
      minLevel: lineage.some((id) => cpvSupported.has(id)) ? 3 : 2,
      count: large && lineage.some((id) => mainSkills.has(id)) ? 2 : 1,
    };
  });
}

function isLarge(lot: Lot): boolean {
  const value = lot.estimatedValue;
  if (value && value.currency === 'EUR' && value.amount >= LARGE_LOT_EUR) return true;
  const duration = lot.period?.duration;
  const months = duration ? duration.value * (MONTHS_PER_UNIT[duration.unit] ?? 0) : 0;
  return months >= LONG_LOT_MONTHS;
}
