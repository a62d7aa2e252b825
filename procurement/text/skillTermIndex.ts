// Every label and synonym of the taxonomy (the strings Taxonomy.terms folds),
// the phrases of calls for tenders (tenderSkillTerms), plus German terms, split into folded words with the forms each word may
// take, and indexed by the forms of their first word.
import type { Taxonomy } from '../../domain/taxonomy.js';
import { AMBIGUOUS_FOR_SKILL, AMBIGUOUS_TERMS } from './ambiguousTerms.js';
import { GERMAN_SKILL_TERMS } from './germanSkillTerms.js';
import { TENDER_SKILL_TERMS } from './tenderSkillTerms.js';
import { type Token, tokenize } from './tokens.js';
import { wordForms } from './wordForms.js';

export interface TermWord {
  /** Accepted folded forms (plural, feminine...). */
  forms: ReadonlySet<string>;
  /** An acronym (`IT`, `VFX`, `UX`) or a word of at most 2 letters alone: matches only a word written in capitals. */
  capitals: boolean;
}

export interface SkillTerm {
  /** The folded words, e.g. `photographe de mariage`. */
  key: string;
  skills: string[];
  words: TermWord[];
}

export interface SkillTermIndex {
  byFirstWord: ReadonlyMap<string, readonly SkillTerm[]>;
  size: number;
}

export type ExtraSkillTerms = Readonly<Record<string, readonly string[]>>;

const cache = new WeakMap<Taxonomy, SkillTermIndex>();

/** The index for a taxonomy, built once; `extraTerms` (German by default) adds terms per skill id. */
export function skillTermIndex(
  taxonomy: Taxonomy,
  extraTerms: ExtraSkillTerms = GERMAN_SKILL_TERMS,
): SkillTermIndex {
  const useCache = extraTerms === GERMAN_SKILL_TERMS;
  const cached = useCache ? cache.get(taxonomy) : undefined;
  if (cached) return cached;
  const index = buildIndex(taxonomy, extraTerms);
  if (useCache) cache.set(taxonomy, index);
  return index;
}

function buildIndex(taxonomy: Taxonomy, extraTerms: ExtraSkillTerms): SkillTermIndex {
  const terms = new Map<string, { skills: Set<string>; words: Token[] }>();
  const add = (skill: string, raw: string) => {
    for (const words of spellings(raw)) {
      const key = words.map((word) => word.folded).join(' ');
      if (key === '' || AMBIGUOUS_TERMS.has(key) || AMBIGUOUS_FOR_SKILL[skill]?.includes(key)) continue;
      const term = terms.get(key) ?? { skills: new Set<string>(), words };
      term.skills.add(skill);
      terms.set(key, term);
    }
  };
  for (const skill of taxonomy.skills) {
    const raws = [
      ...Object.values(skill.labels),
      ...skill.altLabels.fr,
      ...skill.altLabels.en,
      ...skill.altLabels.nl,
    ];
    for (const raw of raws) add(skill.id, raw);
  }
  for (const terms of [TENDER_SKILL_TERMS, extraTerms]) {
    for (const [skill, raws] of Object.entries(terms)) {
      if (taxonomy.has(skill)) for (const raw of raws) add(skill, raw);
    }
  }

  const byFirstWord = new Map<string, SkillTerm[]>();
  for (const [key, term] of terms) {
    const words = term.words.map((word): TermWord => {
      const letters = word.folded.replace(/[^\p{L}]/gu, '').length;
      const capitals =
        (word.capitals && letters >= 2) || (term.words.length === 1 && word.folded.length <= 2);
      return {
        forms: new Set(capitals ? [word.folded, `${word.folded}s`] : wordForms(word.folded)),
        capitals,
      };
    });
    const entry: SkillTerm = { key, skills: [...term.skills], words };
    for (const form of words[0]?.forms ?? []) {
      const list = byFirstWord.get(form) ?? [];
      list.push(entry);
      byFirstWord.set(form, list);
    }
  }
  return { byFirstWord, size: terms.size };
}

/** The words of a term, and for a hyphenated one also its joined spelling (`e-learning` → `elearning`). */
function spellings(raw: string): Token[][] {
  const words = tokenize(raw);
  return raw.includes('-') ? [words, tokenize(raw.replaceAll('-', ''))] : [words];
}
