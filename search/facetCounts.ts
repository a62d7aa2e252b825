// Facet counts as both adapters return them: most frequent first, then by
// value, at most `limit` per facet, an empty list for a requested facet
// with no matching member.
import type { FacetCount } from './searchIndex.js';
import type { MemberFacet } from './searchQuery.js';

export function sortedFacetCounts(
  requested: readonly MemberFacet[],
  counts: Iterable<{ facet: MemberFacet; value: string; count: number }>,
  limit: number,
): Partial<Record<MemberFacet, FacetCount[]>> {
  const out: Partial<Record<MemberFacet, FacetCount[]>> = {};
  for (const facet of requested) out[facet] = [];
  for (const { facet, value, count } of counts) out[facet]?.push({ value, count });
  for (const facet of requested) {
    out[facet] = out[facet]!.sort(
      (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    ).slice(0, limit);
  }
  return out;
}
