// Which of a member's skills a query matched: a skill the query names (or
// one below it), or one whose label contains a matched word.
import type { SkillVocabulary } from './skillVocabulary.js';

export function matchedSkills(
  memberSkills: readonly { id: string }[],
  querySkills: ReadonlySet<string>,
  vocabulary: SkillVocabulary,
  isMatchedWord: (foldedWord: string) => boolean,
): string[] {
  return memberSkills
    .filter((s) => querySkills.has(s.id) || [...vocabulary.wordsOf(s.id)].some(isMatchedWord))
    .map((s) => s.id);
}
