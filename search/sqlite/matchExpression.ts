// Turns planned word groups into an FTS5 MATCH expression. Every user word is
// written as a quoted FTS5 string (quotes doubled), so FTS5 syntax typed by the
// user (`"`, `*`, `NEAR(`, `-`, `:`, `AND`) is only ever searched as words.
import type { WordGroup } from '../queryPlan.js';
import { skillCode } from './memberRows.js';

export function quoteFts(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/**
 * `(form OR form OR prefix* OR codes : (skill codes)) AND (...)`: each group
 * must match, through any of its alternatives. `codesColumn` is null for
 * tables without skill codes.
 */
export function matchExpression(groups: readonly WordGroup[], codesColumn: string | null): string {
  return groups
    .map((group) => {
      const alternatives = group.forms.map(quoteFts);
      if (group.prefix) alternatives.push(`${quoteFts(group.prefix)}*`);
      // Members carry the codes of their broader skills too: the top skills suffice.
      if (codesColumn && group.topSkills.length > 0) {
        const codes = group.topSkills.map((s) => quoteFts(skillCode(s)));
        alternatives.push(`${codesColumn} : (${codes.join(' OR ')})`);
      }
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}
