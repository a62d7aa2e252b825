// The mentoring product's records as node properties and back: a newcomer's
// request, a mentor's offer, a matching round, and a mentorship with the fields
// of its proposal (round, each side's answer, score and explanation).
import type { MentoringMode } from '../../domain/entities/mentoringMode.js';
import type {
  MentoringRound,
  MentoringRoundStatus,
  UnmatchedMentee,
} from '../../domain/entities/mentoringRound.js';
import type { MentorOffer, MentorOfferStatus } from '../../domain/entities/mentorOffer.js';
import type { MentorRequest, MentorRequestStatus } from '../../domain/entities/mentorRequest.js';
import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import type { Row } from '../graphStore.js';
import { MENTORSHIP_PROPERTIES, mentorshipFromRow } from './mentorshipProperties.js';
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

export const MENTOR_REQUEST_PROPERTIES = [
  'memberId',
  'skills',
  'filiere',
  'languages',
  'city',
  'lat',
  'lon',
  'mode',
  'goals',
  'status',
  'createdAt',
  'updatedAt',
] as const;

export const MENTOR_OFFER_PROPERTIES = [
  'memberId',
  'skills',
  'capacity',
  'languages',
  'mode',
  'status',
  'createdAt',
  'updatedAt',
] as const;

export const MENTORING_ROUND_PROPERTIES = [
  'id',
  'createdBy',
  'scopeAll',
  'scopeFilieres',
  'scopeSpaces',
  'status',
  'passes',
  'jobId',
  'unmatched',
  'createdAt',
  'updatedAt',
] as const;

/** A mentorship's properties and those of the round that proposed it. */
export const MENTORSHIP_RECORD_PROPERTIES = [
  ...MENTORSHIP_PROPERTIES,
  'roundId',
  'mentorAccepted',
  'menteeAccepted',
  'score',
  'explanation',
  'proposedAt',
] as const;

export function mentorRequestToProperties(request: MentorRequest): Properties {
  return {
    ...request,
    skills: storedList(request.skills),
    languages: storedList(request.languages),
  };
}

export function mentorRequestFromRow(row: Row): MentorRequest {
  return {
    memberId: text(row, 'memberId'),
    skills: textList(row, 'skills'),
    filiere: nullableText(row, 'filiere'),
    languages: textList(row, 'languages'),
    city: nullableText(row, 'city'),
    lat: nullableNumeric(row, 'lat'),
    lon: nullableNumeric(row, 'lon'),
    mode: text(row, 'mode') as MentoringMode,
    goals: nullableText(row, 'goals') ?? '',
    status: text(row, 'status') as MentorRequestStatus,
    createdAt: numeric(row, 'createdAt'),
    updatedAt: numeric(row, 'updatedAt'),
  };
}

export function mentorOfferToProperties(offer: MentorOffer): Properties {
  return { ...offer, skills: storedList(offer.skills), languages: storedList(offer.languages) };
}

export function mentorOfferFromRow(row: Row): MentorOffer {
  return {
    memberId: text(row, 'memberId'),
    skills: textList(row, 'skills'),
    capacity: numeric(row, 'capacity'),
    languages: textList(row, 'languages'),
    mode: text(row, 'mode') as MentoringMode,
    status: text(row, 'status') as MentorOfferStatus,
    createdAt: numeric(row, 'createdAt'),
    updatedAt: numeric(row, 'updatedAt'),
  };
}

export function mentoringRoundToProperties(round: MentoringRound): Properties {
  return {
    ...round,
    scopeFilieres: storedList(round.scopeFilieres),
    scopeSpaces: storedList(round.scopeSpaces),
    unmatched: JSON.stringify(round.unmatched),
  };
}

export function mentoringRoundFromRow(row: Row): MentoringRound {
  return {
    id: text(row, 'id'),
    createdBy: text(row, 'createdBy'),
    scopeAll: flag(row, 'scopeAll'),
    scopeFilieres: textList(row, 'scopeFilieres'),
    scopeSpaces: textList(row, 'scopeSpaces'),
    status: text(row, 'status') as MentoringRoundStatus,
    passes: numeric(row, 'passes'),
    jobId: nullableText(row, 'jobId'),
    unmatched: JSON.parse(nullableText(row, 'unmatched') ?? '[]') as UnmatchedMentee[],
    createdAt: numeric(row, 'createdAt'),
    updatedAt: numeric(row, 'updatedAt'),
  };
}

export function mentorshipRecordToProperties(record: MentorshipRecord): Properties {
  return { ...record };
}

function nullableFlag(row: Row, column: string): boolean | null {
  const value = row[column] ?? null;
  return value === null ? null : flag(row, column);
}

export function mentorshipRecordFromRow(row: Row): MentorshipRecord {
  return {
    ...mentorshipFromRow(row),
    roundId: nullableText(row, 'roundId'),
    mentorAccepted: nullableFlag(row, 'mentorAccepted'),
    menteeAccepted: nullableFlag(row, 'menteeAccepted'),
    score: nullableNumeric(row, 'score'),
    explanation: nullableText(row, 'explanation'),
    proposedAt: nullableNumeric(row, 'proposedAt'),
  };
}
