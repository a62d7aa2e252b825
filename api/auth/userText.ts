// Free text from users: trimmed, bounded, well-formed Unicode (no lone
// surrogates), no control characters other than newlines and tabs.
import { z } from 'zod';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Half of a UTF-16 surrogate pair without its other half: not a character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function userText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text')
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .transform((s) => s.trim().normalize('NFC'));
}
