// Turns planned word groups into an FTS5 MATCH expression. Every user word is
// written as a quoted FTS5 string (quotes doubled), so FTS5 syntax typed by the
// user (`"`, `*`, `NEAR(`, `-`, `:`, `AND`) is only ever searched as words.
import type { WordGroup } from '../queryPlan.js';

export function quoteFts(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/** `(form OR form OR prefix*) AND (...)`: each group must match through one of its alternatives. */
export function matchExpression(groups: readonly WordGroup[]): string {
  return groups
    .map((group) => {
      const alternatives = group.forms.map(quoteFts);
      if (group.prefix) alternatives.push(`${quoteFts(group.prefix)}*`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}
