// The mentoring product's records as node properties and back: a newcomer's
// request, a mentor's offer, a matching round, and a mentorship with the fields
// of its proposal (round, each side's answer, score and explanation).
import type { Mentorship } from '../../domain/entities/mentorship.js';
import type { Row } from '../graphStore.js';
import { mentorshipFromRow } from './mentorshipProperties.js';
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

/** How the pair wants to meet; "either" accepts both. */
export const MENTORING_MODES = ['remote', 'in_person', 'either'] as const;
export type MentoringMode = (typeof MENTORING_MODES)[number];

export type MentorRequestStatus = 'open' | 'matched' | 'withdrawn';
export type MentorOfferStatus = 'open' | 'withdrawn';

export interface MentorRequest {
  memberId: string;
  /** Skills the newcomer wants to learn (taxonomy ids). */
  skills: string[];
  filiere: string | null;
  languages: string[];
  city: string | null;
  lat: number | null;
  lon: number | null;
  mode: MentoringMode;
  goals: string;
  status: MentorRequestStatus;
  createdAt: number;
  updatedAt: number;
}

export interface MentorOffer {
  memberId: string;
  /** Skills the mentor can pass on (taxonomy ids). */
  skills: string[];
  /** Mentees at once, 1..10. */
  capacity: number;
  languages: string[];
  mode: MentoringMode;
  status: MentorOfferStatus;
  createdAt: number;
  updatedAt: number;
}

export const UNMATCHED_MENTEE_REASONS = [
  'no shared language',
  'no mentor for that skill',
  'too far for an in-person meeting',
  'no mentor for that way of meeting',
  'every possible mentor declined',
  'capacity exhausted',
] as const;
export type UnmatchedMenteeReason = (typeof UNMATCHED_MENTEE_REASONS)[number];

export interface UnmatchedMentee {
  menteeId: string;
  reason: UnmatchedMenteeReason;
}

export type MentoringRoundStatus = 'queued' | 'proposed' | 'failed';

export interface MentoringRound {
  id: string;
  /** The member or account that started the round. */
  createdBy: string;
  /** An admin's round covers the whole network; a conseiller's covers their filières and spaces. */
  scopeAll: boolean;
  scopeFilieres: string[];
  scopeSpaces: string[];
  status: MentoringRoundStatus;
  /** Matching passes run so far (the first proposes, later ones re-match declines). */
  passes: number;
  jobId: string | null;
  unmatched: UnmatchedMentee[];
  createdAt: number;
  updatedAt: number;
}

/** A mentorship with what its proposal carried; ad-hoc asks have no round. */
export interface MentorshipRecord extends Mentorship {
  roundId: string | null;
  /** null: not answered yet. */
  mentorAccepted: boolean | null;
  menteeAccepted: boolean | null;
  score: number | null;
  explanation: string | null;
  proposedAt: number | null;
}

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

export const MENTORSHIP_RECORD_PROPERTIES = [
  'id',
  'mentorId',
  'menteeId',
  'status',
  'startedAt',
  'endedAt',
  'feedback',
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
