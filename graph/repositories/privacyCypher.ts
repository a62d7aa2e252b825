// Compiles the privacy rule's MemberCondition (domain/policy/privacyRule.ts)
// into a Cypher WHERE condition on a member variable, in the subset Kùzu and
// Neo4j share. Every value goes as a parameter; the condition is generated,
// never written by hand, so graph queries filter exactly as the rule says.
import type { MemberCondition } from '../../domain/policy/privacyRule.js';
import type { CypherParams } from '../graphStore.js';

export interface CypherCondition {
  /** A boolean expression, to put after WHERE (or AND). */
  text: string;
  params: CypherParams;
}

/** `alias` names the Member variable; parameter names start with `prefix` (one prefix per condition of a query). */
export function cypherCondition(
  condition: MemberCondition,
  alias = 'm',
  prefix = 'privacy',
): CypherCondition {
  const params: CypherParams = {};
  let next = 0;
  const param = (value: unknown): string => {
    const name = `${prefix}${next++}`;
    params[name] = value;
    return `$${name}`;
  };
  const compile = (c: MemberCondition): string => {
    switch (c.op) {
      case 'all':
        return 'true';
      case 'none':
        return 'false';
      case 'visibilityIn':
        return `${alias}.visibility IN ${param([...c.values])}`;
      case 'consent':
        // The flag is a fixed property name of the rule, never user input.
        return `${alias}.${c.flag} = true`;
      case 'worksFromAny':
        return `EXISTS { MATCH (${alias})-[:WORKS_FROM]->(privacySpace:Space) WHERE privacySpace.id IN ${param([...c.spaceIds])} }`;
      case 'and':
        return `(${c.of.map(compile).join(' AND ')})`;
      case 'or':
        return `(${c.of.map(compile).join(' OR ')})`;
    }
  };
  return { text: compile(condition), params };
}
