// The one validation of untrusted input, shared by the API and the import:
// `parseInput` turns zod failures into a BadUserInputError that names every
// failing field and gives each problem a stable reason code (for messages in
// the reader's language); the text schemas say what free text users may type.
import { z } from 'zod';
import { BadUserInputError, type ErrorReason, type FieldProblem } from './errors.js';

export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  basePath: (string | number)[] = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BadUserInputError(zodProblems(result.error, basePath));
}

export function zodProblems(error: z.ZodError, basePath: (string | number)[] = []): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
    reason: reasonOfIssue(issue),
  }));
}

/** A refinement's reason travels in its params: `.refine(check, withReason('text.lineBreaks', message))`. */
export function withReason(code: string, message: string, params?: ErrorReason['params']) {
  return { message, params: { reason: { code, ...(params ? { params } : {}) } satisfies ErrorReason } };
}

/** The stable reason of a zod issue: the refinement's own, else one derived from the issue kind. */
function reasonOfIssue(issue: z.core.$ZodIssue): ErrorReason {
  if (issue.code === 'custom') {
    const reason = (issue.params as { reason?: ErrorReason } | undefined)?.reason;
    return reason ?? { code: 'value.invalid' };
  }
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    if (issue.origin === 'string')
      return min <= 1 ? { code: 'text.empty' } : { code: 'text.tooShort', params: { min } };
    if (issue.origin === 'array' || issue.origin === 'set') return { code: 'list.tooShort', params: { min } };
    return { code: 'value.tooSmall', params: { min } };
  }
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') return { code: 'text.tooLong', params: { max } };
    if (issue.origin === 'array' || issue.origin === 'set') return { code: 'list.tooLong', params: { max } };
    return { code: 'value.tooLarge', params: { max } };
  }
  if (issue.code === 'invalid_format') {
    return issue.format === 'email' ? { code: 'email.invalid' } : { code: 'value.format' };
  }
  if (issue.code === 'invalid_value') return { code: 'value.notAllowed' };
  return { code: 'value.invalid' };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Line and paragraph breaks: fine in a bio, not in a name or a city. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
/** Tabs, like line breaks, have no place in a one-line value. */
const TAB = /\t/;
/** Bidi embeddings, overrides and isolates reorder what follows them ("Trojan Source" spoofing). */
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/;
/** The same plus the invisible direction marks (LRM, RLM, ALM): none belongs in a one-line value. */
const BIDI_ANY = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
/** Half of a UTF-16 surrogate pair without its other half: not a character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const validUnicode = withReason('text.invalidUnicode', 'must be valid Unicode text');
const noControl = withReason('text.controlCharacters', 'must not contain control characters');
const noBidi = withReason('text.bidiControls', 'must not contain bidirectional control characters');
const noLineBreak = withReason('text.lineBreaks', 'must be on one line (no line breaks or tabs)');

/**
 * Free text over several lines (a bio, a description): trimmed, bounded, well-formed Unicode, no control
 * characters other than newlines and tabs, no bidi embeddings or overrides.
 */
export function userText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !LONE_SURROGATE.test(s), validUnicode)
    .refine((s) => !CONTROL.test(s), noControl)
    .refine((s) => !BIDI_FORMATTING.test(s), noBidi)
    .transform((s) => s.trim().normalize('NFC'));
}

/** One-line text (a name, a city, a title): as `userText`, and no line breaks, tabs nor bidi marks. */
export function singleLineText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !LONE_SURROGATE.test(s), validUnicode)
    .refine((s) => !LINE_BREAK.test(s) && !TAB.test(s), noLineBreak)
    .refine((s) => !CONTROL.test(s), noControl)
    .refine((s) => !BIDI_ANY.test(s), noBidi)
    .transform((s) => s.trim().normalize('NFC'));
}

/** One-line text that must not be blank once trimmed. */
export function requiredSingleLineText(max: number) {
  return singleLineText(max).pipe(z.string().min(1, 'must not be empty'));
}
