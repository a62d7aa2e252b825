// Meilisearch responses as port results: totals, facet counts, and hits with
// highlights parsed from `_formatted`, matched skills and exact distances.
import type { RecordAny, SearchResponse } from 'meilisearch';
import { haversineKm } from '../../domain/geo.js';
import { sortedFacetCounts } from '../facetCounts.js';
import { matchedSkills } from '../matchedSkills.js';
import { roundTo } from '../rounding.js';
import type { EntityHit, FacetCount, Highlight, MemberHit } from '../searchIndex.js';
import type { GeoRadius, MemberFacet } from '../searchQuery.js';
import type { SkillVocabulary } from '../skillVocabulary.js';
import { queryWords } from '../textAnalysis.js';
import { hasMatch, markedParts } from './formattedText.js';
import type { MeiliEntity, MeiliMember } from './meiliDocuments.js';
import { MEMBER_FACET_ATTRIBUTES } from './meiliSettings.js';

type Hit<T> = T & { _formatted?: Partial<T>; _rankingScore?: number };

/** What the query was: whether it had words, and the skills it names (with narrower ones). */
export interface MeiliQueryMatch {
  searched: boolean;
  querySkills: ReadonlySet<string>;
  near: GeoRadius | undefined;
}

export function totalOf(response: SearchResponse<RecordAny>): number {
  return response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;
}

export function facetCounts(
  requested: readonly MemberFacet[],
  distribution: Record<string, Record<string, number>>,
  limit: number,
): Partial<Record<MemberFacet, FacetCount[]>> {
  const counts = requested.flatMap((facet) =>
    Object.entries(distribution[MEMBER_FACET_ATTRIBUTES[facet]] ?? {}).map(([value, count]) => ({
      facet,
      value,
      count,
    })),
  );
  return sortedFacetCounts(requested, counts, limit);
}

function highlights<T>(hit: Hit<T>, fields: readonly (Highlight['field'] & keyof T)[], searched: boolean) {
  if (!searched) return [];
  return fields.flatMap((field): Highlight[] => {
    const value = hit._formatted?.[field];
    if (typeof value !== 'string') return [];
    const parts = markedParts(value);
    return hasMatch(parts) ? [{ field, parts }] : [];
  });
}

function distance(near: GeoRadius | undefined, geo: { lat: number; lng: number } | undefined): number | null {
  return near && geo ? roundTo(haversineKm(near, { lat: geo.lat, lon: geo.lng }), 3) : null;
}

export function memberHit(
  hit: Hit<MeiliMember>,
  match: MeiliQueryMatch,
  vocabulary: SkillVocabulary,
): MemberHit {
  const markedWords = new Set(
    (hit._formatted?.skillTerms ?? [])
      .flatMap((term) => markedParts(term))
      .filter((p) => p.match)
      .flatMap((p) => queryWords(p.text)),
  );
  return {
    id: hit.id,
    handle: hit.handle,
    name: hit.name,
    city: hit.city,
    country: hit.country,
    availability: hit.availability as MemberHit['availability'],
    skills: hit.skills,
    matchedSkills: match.searched
      ? matchedSkills(hit.skills, match.querySkills, vocabulary, (w) => markedWords.has(w))
      : [],
    score: roundTo(hit._rankingScore ?? 0, 6),
    distanceKm: distance(match.near, hit._geo),
    highlights: highlights(hit, ['name', 'bio'], match.searched),
  };
}

export function entityHit(hit: Hit<MeiliEntity>, match: MeiliQueryMatch): EntityHit {
  return {
    id: hit.id,
    title: hit.title,
    score: roundTo(hit._rankingScore ?? 0, 6),
    distanceKm: distance(match.near, hit._geo),
    highlights: highlights(hit, ['title', 'description'], match.searched),
  };
}
