// A Community as node properties and back.
import type { Community } from '../../domain/entities/community.js';
import type { Row } from '../graphStore.js';
import { type Properties, text } from './rowValues.js';

export const COMMUNITY_PROPERTIES = ['id', 'name', 'kind', 'country', 'description'] as const;

export function communityToProperties(community: Community): Properties {
  return {
    id: community.id,
    name: community.name,
    kind: community.kind,
    country: community.country,
    description: community.description,
  };
}

export function communityFromRow(row: Row): Community {
  return {
    id: text(row, 'id'),
    name: text(row, 'name'),
    kind: text(row, 'kind') as Community['kind'],
    country: text(row, 'country'),
    description: text(row, 'description'),
  };
}
