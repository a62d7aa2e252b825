// What a typed query means, word by word: the word itself, the known words it
// is probably a typo of, a prefix when the user is still typing it, and the
// skills (with their narrower skills) that it or a correction names.
// Engines that do typo tolerance themselves (Meilisearch) do not need this.
import type { SkillVocabulary } from './skillVocabulary.js';
import { lastWordIsOpen, meaningfulWords, queryWords } from './textAnalysis.js';

export interface WordGroup {
  /** The word as typed, folded. */
  word: string;
  /** Whole words that satisfy this group: the word and its likely corrections. */
  forms: string[];
  /** Words starting with this also satisfy the group (the word being typed). */
  prefix: string | null;
  /** Skills with one of the forms (or the prefix) in their labels, with their narrower skills. */
  skills: string[];
}

/** The vocabulary side of typo tolerance, implemented by the adapter's typo index. */
export interface Vocabulary {
  documentFrequency(term: string): number | undefined;
  /** Closest first, then most frequent. */
  corrections(word: string, limit: number): { term: string; distance: number }[];
}

/**
 * Only the corrections at the smallest distance: "peinnture" means "peinture"
 * (one letter away), not also "peintre" (two away), whose rarer word would
 * otherwise outrank the intended one.
 */
function closestCorrections(candidates: readonly { term: string; distance: number }[]): string[] {
  const best = candidates[0]?.distance;
  return candidates.filter((c) => c.distance === best).map((c) => c.term);
}

const MAX_CORRECTIONS = 3;
const MIN_PREFIX_LENGTH = 3;

/** `minPrefixLength`: autocomplete completes from the first letter, full search from the third. */
export function planQuery(
  text: string,
  vocabulary: Vocabulary,
  skills: SkillVocabulary,
  minPrefixLength = MIN_PREFIX_LENGTH,
): WordGroup[] {
  const words = meaningfulWords(queryWords(text));
  const open = lastWordIsOpen(text);
  return words.map((word, i) => {
    const known = (vocabulary.documentFrequency(word) ?? 0) > 0 || skills.knows(word);
    const corrections = known ? [] : closestCorrections(vocabulary.corrections(word, MAX_CORRECTIONS));
    const forms = [word, ...corrections];
    const isLast = i === words.length - 1;
    const prefix = isLast && open && word.length >= minPrefixLength ? word : null;
    const named = new Set(forms.flatMap((f) => skills.skillsWithWord(f)));
    if (prefix) for (const id of skills.skillsWithWordPrefix(prefix)) named.add(id);
    return { word, forms, prefix, skills: skills.withNarrower(named) };
  });
}
