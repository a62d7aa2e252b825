// Precision and recall of skill extraction (extractSkills) over the labelled
// set of tender texts: micro-averaged over every (text, skill) pair, with each
// text's misses and extra skills so that a drop says what went wrong.
import type { Taxonomy } from '../../domain/taxonomy.js';
import { extractSkills } from '../skillsFromText.js';
import { type LabelledTenderText, TENDER_TEXT_SET } from './tenderTextSet.js';

export interface TextOutcome {
  id: string;
  language: LabelledTenderText['language'];
  /** Expected skills the extraction did not find. */
  missed: string[];
  /** Skills found that the text does not ask for, with the phrase that triggered each. */
  extra: { id: string; because: string }[];
}

export interface ExtractionQuality {
  texts: number;
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  byLanguage: Record<string, { precision: number; recall: number; texts: number }>;
  outcomes: TextOutcome[];
}

export function extractionQuality(
  taxonomy: Taxonomy,
  set: readonly LabelledTenderText[] = TENDER_TEXT_SET,
): ExtractionQuality {
  const counts = new Map<string, { expected: number; found: number; correct: number; texts: number }>();
  const total = { expected: 0, found: 0, correct: 0 };
  const outcomes: TextOutcome[] = [];
  for (const item of set) {
    const found = extractSkills(item.text, taxonomy);
    const expected = new Set(item.skills);
    const foundIds = new Set(found.map((f) => f.id));
    const correct = [...foundIds].filter((id) => expected.has(id)).length;
    const language = counts.get(item.language) ?? { expected: 0, found: 0, correct: 0, texts: 0 };
    language.expected += expected.size;
    language.found += foundIds.size;
    language.correct += correct;
    language.texts++;
    counts.set(item.language, language);
    total.expected += expected.size;
    total.found += foundIds.size;
    total.correct += correct;
    outcomes.push({
      id: item.id,
      language: item.language,
      missed: item.skills.filter((id) => !foundIds.has(id)),
      extra: found.filter((f) => !expected.has(f.id)),
    });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    texts: set.length,
    ...total,
    precision: ratio(total.correct, total.found),
    recall: ratio(total.correct, total.expected),
    byLanguage: Object.fromEntries(
      [...counts].map(([language, c]) => [
        language,
        { precision: ratio(c.correct, c.found), recall: ratio(c.correct, c.expected), texts: c.texts },
      ]),
    ),
    outcomes,
  };
}
