// GraphQL enum values are UPPER_CASE by convention (issue 16) while the domain keeps its lower-case
// words ('network', 'tiers-lieu', 'collaboratedWith'). This one helper maps each domain word to its
// GraphQL name once, so resolvers and use cases keep passing and receiving the domain values.

/** 'collaboratedWith' → 'COLLABORATED_WITH', 'tiers-lieu' → 'TIERS_LIEU', 'space_manager' → 'SPACE_MANAGER'. */
export function upperCaseEnumName(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** Pothos enum values whose GraphQL names are UPPER_CASE and whose internal values stay the domain's. */
export function upperCaseEnum<const V extends string>(
  values: readonly V[],
  descriptions: Partial<Record<V, string>> = {},
): Record<string, { value: V; description?: string }> {
  const config: Record<string, { value: V; description?: string }> = {};
  for (const value of values) {
    const name = upperCaseEnumName(value);
    if (name in config) throw new Error(`Two enum values map to ${name}`);
    const description = descriptions[value];
    config[name] = description === undefined ? { value } : { value, description };
  }
  return config;
}
