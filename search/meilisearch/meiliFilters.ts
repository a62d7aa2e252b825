// Meilisearch filter expressions. Values are always written as quoted strings
// with `\` and `"` escaped, so a value can never change the expression.
import { VISIBILITIES } from '../../domain/entities/member.js';
import { type MemberCondition, seeCondition } from '../../domain/policy/privacyRule.js';
import type { SearchVisibility } from '../searchIndex.js';
import { type GeoRadius, type ParsedMemberSearchQuery, searchAudience } from '../searchQuery.js';
import type { SkillVocabulary } from '../skillVocabulary.js';
import { skillAtLevel } from './meiliDocuments.js';

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

/**
 * The privacy rule's MemberCondition (domain/policy/privacyRule.ts) as a
 * Meilisearch filter expression; null when it lets every member through.
 */
export function privacyFilter(condition: MemberCondition): string | null {
  const compile = (c: MemberCondition): string => {
    switch (c.op) {
      case 'all':
        return anyOf('visibility', VISIBILITIES);
      case 'none':
        // No literal for "false": no document has a visibility outside every visibility.
        return `visibility NOT IN [${VISIBILITIES.map(quoteFilterValue).join(', ')}]`;
      case 'visibilityIn':
        return c.values.length === 1
          ? `visibility = ${quoteFilterValue(c.values[0]!)}`
          : anyOf('visibility', c.values);
      case 'consent':
        throw new Error(`the search index does not hold the consent "${c.flag}": filter it in the graph`);
      case 'worksFromAny':
        return anyOf('space', c.spaceIds);
      case 'memberIs':
        // The member id is not a filterable attribute of the index.
        throw new Error('the search index does not filter by member id: filter it in the graph');
      case 'and':
        return `(${c.of.map(compile).join(' AND ')})`;
      case 'or':
        return `(${c.of.map(compile).join(' OR ')})`;
    }
  };
  return condition.op === 'all' ? null : compile(condition);
}

/** Who the viewer may see, as one filter clause (null: everyone). */
export function visibilityFilter(visibility: SearchVisibility): string | null {
  return privacyFilter(seeCondition(searchAudience(visibility)));
}

/** Privacy, filters and radius of a member search, as clauses that all apply. */
export function memberFilter(
  q: ParsedMemberSearchQuery,
  visibility: SearchVisibility,
  skills: SkillVocabulary,
): string[] {
  const filter: string[] = [];
  const privacy = visibilityFilter(visibility);
  if (privacy) filter.push(privacy);
  const f = q.filters;
  if (f.skills) {
    const ids = skills.withNarrower(f.skills);
    const minLevel = f.minSkillLevel;
    filter.push(
      minLevel === undefined
        ? anyOf('skill', ids)
        : anyOf(
            'skillAtLevel',
            ids.map((id) => skillAtLevel(id, minLevel)),
          ),
    );
  }
  if (f.cities) filter.push(anyOf('city', f.cities));
  if (f.spaces) filter.push(anyOf('space', f.spaces));
  if (f.filieres) filter.push(anyOf('filiere', f.filieres));
  if (f.communities) filter.push(anyOf('community', f.communities));
  if (f.languages) filter.push(anyOf('language', f.languages));
  if (f.availability) filter.push(anyOf('availability', f.availability));
  if (q.near) filter.push(geoRadiusFilter(q.near));
  return filter;
}
