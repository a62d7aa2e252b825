// Compiles the privacy rule's MemberCondition (domain/policy/privacyRule.ts)
// into a Cypher WHERE condition on a member variable, in the subset Kùzu and
// Neo4j share; the condition is generated, never written by hand, so graph
// queries filter exactly as the rule says. Values are written as literals,
// not parameters: Kùzu 0.11 loses the parameters of an EXISTS subquery when
// the same WHERE uses other parameters ("Parameter … not found"). That is safe
// only because every value is checked first: visibilities come from the fixed
// enum, and ids must match the id alphabet (letters, digits, . _ : -), which
// cannot close a quoted string.
import { idSchema } from '../../domain/ids.js';
import type { MemberCondition } from '../../domain/policy/privacyRule.js';
import type { CypherParams } from '../graphStore.js';

export interface CypherCondition {
  /** A boolean expression, to put after WHERE (or AND). */
  text: string;
  params: CypherParams;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** A list literal of checked ids or visibilities. */
function literals(values: readonly string[]): string {
  for (const value of values) {
    if (!ID.test(value) || !idSchema.safeParse(value).success) {
      throw new Error(`privacy condition: "${value}" is not an id`);
    }
  }
  return `[${values.map((v) => `'${v}'`).join(', ')}]`;
}

function literal(value: string): string {
  return literals([value]).slice(1, -1);
}

/** `alias` names the Member variable. */
export function cypherCondition(condition: MemberCondition, alias = 'm'): CypherCondition {
  const compile = (c: MemberCondition): string => {
    switch (c.op) {
      case 'all':
        return 'true';
      case 'none':
        return 'false';
      case 'visibilityIn':
        return `${alias}.visibility IN ${literals(c.values)}`;
      case 'consent':
        // The flag is a fixed property name of the rule, never user input.
        return `${alias}.${c.flag} = true`;
      case 'worksFromAny':
        return `EXISTS { MATCH (${alias})-[:WORKS_FROM]->(privacySpace:Space) WHERE privacySpace.id IN ${literals(c.spaceIds)} }`;
      case 'memberIs':
        return `${alias}.id = ${literal(c.id)}`;
      case 'and':
        return `(${c.of.map(compile).join(' AND ')})`;
      case 'or':
        return `(${c.of.map(compile).join(' OR ')})`;
    }
  };
  return { text: compile(condition), params: {} };
}
