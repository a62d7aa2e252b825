// Identifiers: every node has a string id. Reference data keeps its slugs;
// records created at run time get a prefixed random id.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must contain only letters, digits, ".", "_", ":" or "-"');

export const slugSchema = z
  .string()
  .min(2, 'must have at least 2 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits separated by single dashes');

export type EntityPrefix = 'm' | 'acc' | 'prj' | 'tdr' | 'bid' | 'mnt' | 'sug' | 'aud' | 'evt' | 'ses';

export function newId(prefix: EntityPrefix): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

/**
 * A member's handle made from their name: the name's slug (at most 50 characters, "member" when the name
 * has no letter or digit) and a suffix that keeps two "Marie Dubois" apart, e.g. "marie-dubois-3f9a1c".
 */
export function handleFromName(name: string, suffix: string): string {
  const base = slugify(name).slice(0, 50).replace(/-+$/, '') || 'member';
  return `${base}-${suffix}`;
}

/** "Anaïs Van den Berghe" → "anais-van-den-berghe" */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}
