// Meilisearch marks matches with tags we choose; we choose control characters
// that never occur in indexed text and turn the marked string into parts.
import type { HighlightPart } from '../searchIndex.js';

export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export function markedParts(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(MATCH_START);
    if (start === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MATCH_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}

export function hasMatch(parts: readonly HighlightPart[]): boolean {
  return parts.some((p) => p.match);
}
