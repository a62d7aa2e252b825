// A Member as node properties (privacy flattened into four columns) and back.

import type { UiLanguage } from '../../domain/entities/common.js';
import type { Availability, Member, Visibility } from '../../domain/entities/member.js';
import type { Row } from '../graphStore.js';
import {
  flag,
  nullableNumeric,
  nullableText,
  numeric,
  type Properties,
  storedList,
  text,
  textList,
} from './rowValues.js';

export const MEMBER_PROPERTIES = [
  'id',
  'externalId',
  'handle',
  'name',
  'email',
  'phone',
  'bio',
  'city',
  'country',
  'lat',
  'lon',
  'languages',
  'preferredLanguage',
  'availability',
  'visibility',
  'suggestForBids',
  'suggestForMentoring',
  'suggestForFilieres',
  'joinedAt',
  'createdAt',
  'updatedAt',
] as const;

export function memberToProperties(member: Member): Properties {
  return {
    id: member.id,
    externalId: member.externalId,
    handle: member.handle,
    name: member.name,
    email: member.email,
    phone: member.phone,
    bio: member.bio,
    city: member.city,
    country: member.country,
    lat: member.lat,
    lon: member.lon,
    languages: storedList(member.languages),
    preferredLanguage: member.preferredLanguage,
    availability: member.availability,
    visibility: member.privacy.visibility,
    suggestForBids: member.privacy.suggestForBids,
    suggestForMentoring: member.privacy.suggestForMentoring,
    suggestForFilieres: member.privacy.suggestForFilieres,
    joinedAt: member.joinedAt,
    createdAt: member.createdAt,
    updatedAt: member.updatedAt,
  };
}

export function memberFromRow(row: Row): Member {
  return {
    id: text(row, 'id'),
    externalId: nullableText(row, 'externalId'),
    handle: text(row, 'handle'),
    name: text(row, 'name'),
    email: text(row, 'email'),
    phone: nullableText(row, 'phone'),
    bio: text(row, 'bio'),
    city: nullableText(row, 'city'),
    country: nullableText(row, 'country'),
    lat: nullableNumeric(row, 'lat'),
    lon: nullableNumeric(row, 'lon'),
    languages: textList(row, 'languages'),
    preferredLanguage: text(row, 'preferredLanguage') as UiLanguage,
    availability: text(row, 'availability') as Availability,
    privacy: {
      visibility: text(row, 'visibility') as Visibility,
      suggestForBids: flag(row, 'suggestForBids'),
      suggestForMentoring: flag(row, 'suggestForMentoring'),
      suggestForFilieres: flag(row, 'suggestForFilieres'),
    },
    joinedAt: numeric(row, 'joinedAt'),
    createdAt: numeric(row, 'createdAt'),
    updatedAt: numeric(row, 'updatedAt'),
  };
}
