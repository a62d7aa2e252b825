// Validation of a tender as typed in by a member (createTender, updateTender):
// every failing field is named, required skills must be in the taxonomy and be
// listed once, and the team size limit must leave room for every slot.
import { z } from 'zod';
import { latitudeSchema, longitudeSchema } from '../../domain/entities/common.js';
import { requirementSchema, type Tender } from '../../domain/entities/tender.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import type { Taxonomy } from '../../domain/taxonomy.js';
import { parseInput, userText } from '../../domain/validation.js';

export const tenderInputSchema = z
  .object({
    title: userText(300).pipe(z.string().min(1, 'must not be empty')),
    buyer: userText(300),
    description: userText(20000),
    deadline: z.number().int().nonnegative().nullable(),
    lat: latitudeSchema.nullable(),
    lon: longitudeSchema.nullable(),
    radiusKm: z.number().positive('must be > 0').max(2000, 'must be at most 2000').nullable(),
    lot: userText(300).nullable(),
    /** The town or space the place stands for, shown on the tender ("Lille", "La Coroutine (Lille)"). */
    placeName: userText(200).nullable(),
    requirements: z
      .array(requirementSchema)
      .min(1, 'a tender needs at least one requirement')
      .max(20, 'must list at most 20 requirements'),
    maxTeamSize: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100).nullable(),
    budget: z.number().nonnegative('must be ≥ 0').nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "EUR"')
      .nullable(),
  })
  .refine((t) => (t.lat === null) === (t.lon === null), { message: 'lat and lon go together', path: ['lat'] })
  .refine((t) => t.radiusKm === null || t.lat !== null, {
    message: 'a radius needs a place (lat and lon)',
    path: ['radiusKm'],
  });
export type TenderInput = z.output<typeof tenderInputSchema>;

/** The fields a tender starts with before the input is applied. */
export const EMPTY_TENDER_INPUT = {
  buyer: '',
  description: '',
  deadline: null,
  lat: null,
  lon: null,
  radiusKm: null,
  lot: null,
  placeName: null,
  maxTeamSize: null,
  budget: null,
  currency: null,
};

/** Validates `raw` (the fields given, on top of `base`) and cross-checks it against the taxonomy. */
export function parseTenderInput(
  raw: Record<string, unknown>,
  base: Record<string, unknown>,
  taxonomy: Taxonomy,
) {
  const input = parseInput(tenderInputSchema, { ...base, ...raw }, ['input']);
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  input.requirements.forEach((r, i) => {
    if (!taxonomy.has(r.skill)) {
      problems.push({
        path: ['input', 'requirements', i, 'skill'],
        message: `unknown skill "${r.skill}"`,
        reason: { code: 'skill.unknown', params: { skill: r.skill } },
      });
    }
    const previous = seen.get(r.skill);
    if (previous !== undefined) {
      problems.push({
        path: ['input', 'requirements', i, 'skill'],
        message: `"${r.skill}" is already required (requirements.${previous}); raise its count instead`,
      });
    } else seen.set(r.skill, i);
  });
  const slots = input.requirements.reduce((sum, r) => sum + r.count, 0);
  if (input.maxTeamSize !== null && input.maxTeamSize < slots) {
    problems.push({
      path: ['input', 'maxTeamSize'],
      message: `must be at least ${slots}, the number of people the requirements ask for`,
    });
  }
  if (problems.length > 0) throw new BadUserInputError(problems);
  return input;
}

/** The stored fields of a tender, as an input base for updateTender. */
export function tenderAsInput(
  tender: Tender,
  source: { lot: string | null; placeName: string | null } | null,
): Record<string, unknown> {
  const { id: _id, status: _status, createdBy: _by, createdAt: _at, updatedAt: _up, ...fields } = tender;
  return { ...fields, lot: source?.lot ?? null, placeName: source?.placeName ?? null };
}
