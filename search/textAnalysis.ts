// How search text becomes words: accents folded, lower case, split on anything
// that is not a letter or a digit — the same words SQLite's `unicode61
// remove_diacritics 2` tokenizer produces, so query words meet index terms.
// Everything else (quotes, `*`, `:`, `-`, parentheses, SQL) simply separates words.
import { foldText } from '../domain/taxonomy.js';

const NON_WORD = /[^\p{L}\p{N}]+/u;

export function queryWords(text: string): string[] {
  return foldText(text)
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}

/** True when the user is still typing the last word (no trailing space or punctuation): it is searched as a prefix. */
export function lastWordIsOpen(text: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text);
}

// Short function words of French, English and Dutch that carry no meaning in a
// people search ("céramiste à Lille", "designer in Gent", "schilder uit Antwerpen").
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // fr
  'a',
  'au',
  'aux',
  'avec',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'pour',
  'sur',
  'un',
  'une',
  // en
  'an',
  'and',
  'at',
  'for',
  'in',
  'of',
  'on',
  'the',
  'with',
  // nl
  'bij',
  'een',
  'het',
  'in',
  'met',
  'op',
  'te',
  'uit',
  'voor',
]);

/** Drops function words, unless the query has nothing else. */
export function meaningfulWords(words: readonly string[]): string[] {
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : [...words];
}
