// Splits a text into words with their place in the original, folded the way
// the taxonomy folds labels (foldText: accents removed, lower case), so that a
// match on folded words can still quote the original phrase.
import { foldText } from '../../domain/taxonomy.js';

export interface Token {
  /** Folded form: `Céramistes` → `ceramistes`. */
  folded: string;
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
  /** Written in capitals with at least one letter (`IT`, `VFX`, `NT2`). */
  capitals: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** foldText for one word, with the ligatures NFKD leaves alone spelled out (`œuvre` = `oeuvre`). */
export function foldWord(word: string): string {
  return foldText(word).replace(/[œæß]/g, (ligature) => LIGATURES[ligature] ?? ligature);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    tokens.push({
      folded: foldWord(word),
      start: match.index,
      end: match.index + word.length,
      capitals: /\p{L}/u.test(word) && word === word.toUpperCase(),
    });
  }
  return tokens;
}
