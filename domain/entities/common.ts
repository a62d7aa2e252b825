// Building blocks shared by several entities.
import { z } from 'zod';

export const LANGUAGES = ['fr', 'en', 'nl'] as const;
/** The three languages of the interface and of the taxonomy. */
export const uiLanguageSchema = z.enum(LANGUAGES);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

/** Languages a member may speak: ISO 639-1 codes. */
export const spokenLanguageSchema = z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "fr"');

export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "BE"');

export const latitudeSchema = z.number().min(-90, 'must be ≥ -90').max(90, 'must be ≤ 90');
export const longitudeSchema = z.number().min(-180, 'must be ≥ -180').max(180, 'must be ≤ 180');

/** Epoch milliseconds, the one time representation in the stores. */
export const epochMsSchema = z.number().int('must be an integer (epoch milliseconds)').nonnegative();

export const labelsSchema = z.object({ fr: z.string().min(1), en: z.string().min(1), nl: z.string().min(1) });
export type Labels = z.infer<typeof labelsSchema>;

export const nonEmptyText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
