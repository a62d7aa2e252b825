// Meilisearch filter expressions. Values are always written as quoted strings
// with `\` and `"` escaped, so a value can never change the expression.

import type { SearchVisibility } from '../searchIndex.js';
import type { GeoRadius } from '../searchQuery.js';

export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** `attribute IN ["a", "b"]`: any of the values. */
export function anyOf(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

export function geoRadiusFilter(near: GeoRadius): string {
  return `_geoRadius(${near.lat}, ${near.lon}, ${Math.round(near.radiusKm * 1000)})`;
}

export function geoSort(near: GeoRadius): string {
  return `_geoPoint(${near.lat}, ${near.lon}):asc`;
}

/** Who the viewer may see, as one filter clause. */
export function visibilityFilter(visibility: SearchVisibility): string | null {
  if (visibility.includeHidden) return null;
  const spaces = visibility.viewerSpaces ?? [];
  const network = `visibility = ${quoteFilterValue('network')}`;
  if (spaces.length === 0) return network;
  return `(${network} OR (visibility = ${quoteFilterValue('spaces')} AND ${anyOf('space', spaces)}))`;
}
