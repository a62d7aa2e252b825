// A Mentorship as node properties and back.
import type { Mentorship } from '../../domain/entities/mentorship.js';
import type { Row } from '../graphStore.js';
import { nullableNumeric, type Properties, text } from './rowValues.js';

export const MENTORSHIP_PROPERTIES = [
  'id',
  'mentorId',
  'menteeId',
  'status',
  'startedAt',
  'endedAt',
  'feedback',
] as const;

export function mentorshipToProperties(mentorship: Mentorship): Properties {
  return Object.fromEntries(MENTORSHIP_PROPERTIES.map((key) => [key, mentorship[key]]));
}

export function mentorshipFromRow(row: Row): Mentorship {
  return {
    id: text(row, 'id'),
    mentorId: text(row, 'mentorId'),
    menteeId: text(row, 'menteeId'),
    status: text(row, 'status') as Mentorship['status'],
    startedAt: nullableNumeric(row, 'startedAt'),
    endedAt: nullableNumeric(row, 'endedAt'),
    feedback: nullableNumeric(row, 'feedback'),
  };
}
