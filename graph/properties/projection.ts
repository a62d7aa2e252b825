// RETURN lists built from fixed property names (never from input): `m.id AS id, m.name AS name`.
export function projection(variable: string, names: readonly string[], prefix = ''): string {
  return names.map((name) => `${variable}.${name} AS ${prefix}${name}`).join(', ');
}

/** The row's columns that start with `prefix`, without it: reads one entity out of a row holding several. */
export function unprefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  }
  return out;
}
