// Highlights as data: a text cut into parts, matched words flagged. No markup
// is produced here, so a name containing "<b>" can never be mistaken for one.
import { foldText } from '../domain/taxonomy.js';
import type { WordGroup } from './queryPlan.js';
import type { HighlightPart } from './searchIndex.js';

const WORD = /[\p{L}\p{N}]+/gu;

export type WordPredicate = (foldedWord: string) => boolean;

/** A word matches when it is one of a group's forms or starts with a group's prefix. */
export function wordPredicate(groups: readonly WordGroup[]): WordPredicate {
  const exact = new Set(groups.flatMap((g) => g.forms));
  const prefixes = groups.flatMap((g) => (g.prefix ? [g.prefix] : []));
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}

interface Span {
  start: number;
  end: number;
}

function matchedSpans(text: string, isMatch: WordPredicate): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    if (isMatch(foldText(m[0]))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function toParts(text: string, spans: Span[], from: number, to: number): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), match: false });
    parts.push({ text: text.slice(Math.max(span.start, cursor), span.end), match: true });
    cursor = span.end;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), match: false });
  return parts;
}

/** The whole text in parts, or null when no word matches. */
export function highlightWhole(text: string, isMatch: WordPredicate): HighlightPart[] | null {
  const spans = matchedSpans(text, isMatch);
  return spans.length === 0 ? null : toParts(text, spans, 0, text.length);
}

/** A window of about `maxChars` around the first match, "…" marking cuts, or null when no word matches. */
export function highlightSnippet(
  text: string,
  isMatch: WordPredicate,
  maxChars = 160,
): HighlightPart[] | null {
  const spans = matchedSpans(text, isMatch);
  const first = spans[0];
  if (!first) return null;
  if (text.length <= maxChars) return toParts(text, spans, 0, text.length);
  let start = Math.max(0, first.start - Math.floor(maxChars / 3));
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  let end = Math.min(text.length, start + maxChars);
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  const parts = toParts(text, spans, start, end);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}
