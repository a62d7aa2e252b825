// A Space as node properties and back. Its main community is the PART_OF
// relationship, read alongside as the column "community".
import type { Space } from '../../domain/entities/space.js';
import type { Row } from '../graphStore.js';
import { nullableNumeric, nullableText, type Properties, storedList, text, textList } from './rowValues.js';

export const SPACE_PROPERTIES = [
  'id',
  'name',
  'kind',
  'city',
  'country',
  'lat',
  'lon',
  'relatedCommunities',
  'description',
] as const;

export function spaceToProperties(space: Space): Properties {
  return {
    id: space.id,
    name: space.name,
    kind: space.kind,
    city: space.city,
    country: space.country,
    lat: space.lat,
    lon: space.lon,
    relatedCommunities: storedList(space.relatedCommunities),
    description: space.description,
  };
}

export function spaceFromRow(row: Row): Space {
  return {
    id: text(row, 'id'),
    name: text(row, 'name'),
    kind: text(row, 'kind') as Space['kind'],
    city: nullableText(row, 'city'),
    country: text(row, 'country'),
    lat: nullableNumeric(row, 'lat'),
    lon: nullableNumeric(row, 'lon'),
    community: nullableText(row, 'community'),
    relatedCommunities: textList(row, 'relatedCommunities'),
    description: text(row, 'description'),
  };
}
