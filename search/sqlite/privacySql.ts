// Compiles the privacy rule's MemberCondition (domain/policy/privacyRule.ts)
// into an SQLite condition on the `members m` row of the search index, so a
// search filters (and counts) exactly the members the rule lets the viewer
// see. Space ids become facet-value ids through `spaceValueIds`; every list
// goes as a JSON parameter, so the SQL text depends only on the condition's
// shape (it is a prepared-statement cache key).
import type { MemberCondition } from '../../domain/policy/privacyRule.js';
import { VISIBILITY_CODES } from './schema.js';

export interface SqlCondition {
  text: string;
  params: Record<string, string>;
}

export function sqlCondition(
  condition: MemberCondition,
  spaceValueIds: (spaceIds: readonly string[]) => number[],
): SqlCondition {
  const params: Record<string, string> = {};
  let next = 0;
  const compile = (c: MemberCondition): string => {
    switch (c.op) {
      case 'all':
        return '1';
      case 'none':
        return '0';
      case 'visibilityIn':
        // Codes are fixed numbers of the index schema, never user input.
        return c.values.length === 0
          ? '0'
          : `m.visibility IN (${c.values.map((v) => VISIBILITY_CODES[v]).join(', ')})`;
      case 'consent':
        throw new Error(`the search index does not hold the consent "${c.flag}": filter it in the graph`);
      case 'worksFromAny': {
        const name = `privacySpaces${next++}`;
        params[name] = JSON.stringify(spaceValueIds(c.spaceIds));
        return `EXISTS (SELECT 1 FROM member_facets v WHERE v.member_rowid = m.rowid AND v.value_id IN (SELECT value FROM json_each(:${name})))`;
      }
      case 'memberIs': {
        const name = `privacyMember${next++}`;
        params[name] = c.id;
        return `m.id = :${name}`;
      }
      case 'and':
        return `(${c.of.map(compile).join(' AND ')})`;
      case 'or':
        return `(${c.of.map(compile).join(' OR ')})`;
    }
  };
  return { text: compile(condition), params };
}
