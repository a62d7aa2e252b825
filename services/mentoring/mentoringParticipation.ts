// Taking part in mentoring: a newcomer asks for a mentor (skills to learn,
// languages, place, way of meeting), an experienced member offers places;
// both need the mentoring consent (privacy.suggestForMentoring), and either
// can be withdrawn. One request and one offer per member: a new one replaces it.
import { z } from 'zod';
import { latitudeSchema, longitudeSchema, spokenLanguageSchema } from '../../domain/entities/common.js';
import { MENTORING_MODES } from '../../domain/entities/mentoringMode.js';
import type { MentorOffer } from '../../domain/entities/mentorOffer.js';
import type { MentorRequest } from '../../domain/entities/mentorRequest.js';
import { BadUserInputError, NotFoundError } from '../../domain/errors.js';
import { parseInput, singleLineText, userText } from '../../domain/validation.js';
import { unknownSkills } from '../unknownSkills.js';
import { actingMemberId, type UseCaseContext } from '../useCaseContext.js';

const skillList = z
  .array(z.string().max(64))
  .min(1, 'must list at least one skill')
  .max(10, 'must list at most 10 skills');
const languageList = z.array(spokenLanguageSchema).min(1, 'must list at least one language').max(20);
const modeSchema = z.enum(MENTORING_MODES);

const requestSchema = z
  .object({
    skills: skillList,
    filiere: z.string().max(64).nullish(),
    languages: languageList,
    city: singleLineText(120).nullish(),
    lat: latitudeSchema.nullish(),
    lon: longitudeSchema.nullish(),
    mode: modeSchema,
    goals: userText(2000).nullish(),
  })
  .refine((r) => (r.lat == null) === (r.lon == null), { message: 'lat and lon go together', path: ['lat'] });

const offerSchema = z.object({
  skills: skillList,
  capacity: z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(10, 'must be ≤ 10'),
  languages: languageList,
  mode: modeSchema,
});

function checkSkills(context: UseCaseContext, skills: readonly string[]): void {
  const problems = unknownSkills(context.services.taxonomy, skills, ['input', 'skills']);
  if (problems.length > 0) throw new BadUserInputError(problems);
}

/** Mentoring needs the member's explicit consent (privacy.suggestForMentoring). */
async function requireConsent(context: UseCaseContext, memberId: string): Promise<void> {
  const member = await context.services.repositories.members.get(memberId);
  if (!member) throw new NotFoundError('Member', memberId);
  if (!member.privacy.suggestForMentoring) {
    throw BadUserInputError.at(
      ['privacy', 'suggestForMentoring'],
      'must be on: turn on "Suggest me as a mentor or mentee" in your privacy settings first',
    );
  }
}

export async function myMentorRequest(context: UseCaseContext): Promise<MentorRequest | null> {
  return context.services.repositories.mentoring.getRequest(actingMemberId(context));
}

export async function myMentorOffer(context: UseCaseContext): Promise<MentorOffer | null> {
  return context.services.repositories.mentoring.getOffer(actingMemberId(context));
}

/** Creates or replaces the viewer's request for a mentor; errors name the field under `input`. */
export async function requestMentor(context: UseCaseContext, raw: unknown): Promise<MentorRequest> {
  const memberId = actingMemberId(context);
  const input = parseInput(requestSchema, raw, ['input']);
  checkSkills(context, input.skills);
  if (input.filiere && !(await context.services.repositories.filieres.get(input.filiere))) {
    throw BadUserInputError.at(['input', 'filiere'], `unknown filière "${input.filiere}"`, {
      code: 'filiere.unknown',
      params: { filiere: input.filiere },
    });
  }
  await requireConsent(context, memberId);
  const now = Date.now();
  return context.services.repositories.mentoring.putRequest({
    memberId,
    skills: [...new Set(input.skills)],
    filiere: input.filiere ?? null,
    languages: [...new Set(input.languages)],
    city: input.city ?? null,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    mode: input.mode,
    goals: input.goals ?? '',
    status: 'open',
    createdAt: now,
    updatedAt: now,
  });
}

/** Creates or replaces the viewer's offer to mentor; errors name the field under `input`. */
export async function offerMentoring(context: UseCaseContext, raw: unknown): Promise<MentorOffer> {
  const memberId = actingMemberId(context);
  const input = parseInput(offerSchema, raw, ['input']);
  checkSkills(context, input.skills);
  await requireConsent(context, memberId);
  const now = Date.now();
  return context.services.repositories.mentoring.putOffer({
    memberId,
    skills: [...new Set(input.skills)],
    capacity: input.capacity,
    languages: [...new Set(input.languages)],
    mode: input.mode,
    status: 'open',
    createdAt: now,
    updatedAt: now,
  });
}

/** No round proposes the viewer a mentor any more. */
export async function withdrawMentorRequest(context: UseCaseContext): Promise<boolean> {
  return context.services.repositories.mentoring.setRequestStatus(
    actingMemberId(context),
    'withdrawn',
    Date.now(),
  );
}

/** No round proposes the viewer mentees any more (current mentorships go on). */
export async function withdrawMentorOffer(context: UseCaseContext): Promise<boolean> {
  return context.services.repositories.mentoring.setOfferStatus(
    actingMemberId(context),
    'withdrawn',
    Date.now(),
  );
}

/** Whether the member offers mentoring now: an open offer with places (the profile offers "ask as mentor"). */
export async function offersMentoring(context: UseCaseContext, memberId: string): Promise<boolean> {
  const offer = await context.services.repositories.mentoring.getOffer(memberId);
  return offer !== null && offer.status === 'open' && offer.capacity > 0;
}
