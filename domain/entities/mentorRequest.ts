// A newcomer's request for a mentor: one per member, keyed by the member.
import { z } from 'zod';
import { epochMsSchema, latitudeSchema, longitudeSchema } from './common.js';
import { mentoringModeSchema } from './mentoringMode.js';

export const MENTOR_REQUEST_STATUSES = ['open', 'matched', 'withdrawn'] as const;
export const mentorRequestStatusSchema = z.enum(MENTOR_REQUEST_STATUSES);
export type MentorRequestStatus = z.infer<typeof mentorRequestStatusSchema>;

export const mentorRequestSchema = z.object({
  memberId: z.string().min(1),
  /** Skills the newcomer wants to learn (taxonomy ids). */
  skills: z.array(z.string()),
  filiere: z.string().nullable(),
  languages: z.array(z.string()),
  city: z.string().nullable(),
  lat: latitudeSchema.nullable(),
  lon: longitudeSchema.nullable(),
  mode: mentoringModeSchema,
  goals: z.string(),
  status: mentorRequestStatusSchema,
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type MentorRequest = z.infer<typeof mentorRequestSchema>;
