// Envelop plugins bounding what one GraphQL document may cost before it runs:
// depth, aliases, directives, tokens and an estimated cost (graphql-armor), and
// no "Did you mean ...?" field suggestions in production (they reveal the
// schema when introspection is off).
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 5000,
};

export function queryLimitPlugins(options: { production: boolean }): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
      maxAliases: { n: QUERY_LIMITS.maxAliases },
      maxDirectives: { n: QUERY_LIMITS.maxDirectives },
      maxTokens: { n: QUERY_LIMITS.maxTokens },
      costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
      blockFieldSuggestion: { enabled: options.production },
    }) as Plugin,
  ];
}
