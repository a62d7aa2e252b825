// The text sent to Meilisearch: only words, so that its own query syntax
// (`"phrase"`, `-negation`) typed by a user is searched as plain words, as in
// the SQLite adapter. A trailing space is kept: it tells that the last word is
// complete (no prefix search on it).
import { lastWordIsOpen, queryWords } from '../textAnalysis.js';

export function plainQueryText(text: string): string {
  const words = queryWords(text);
  if (words.length === 0) return '';
  return lastWordIsOpen(text) ? words.join(' ') : `${words.join(' ')} `;
}
