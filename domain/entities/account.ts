import { z } from 'zod';
import { epochMsSchema } from './common.js';

export const ROLES = ['member', 'conseiller', 'space_manager', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** An e-mail as a person types it (sign-up, sign-in, password reset); stored normalised. */
export const emailSchema = z
  .email('must be a valid e-mail address')
  .max(254, 'must be at most 254 characters');

export const accountSchema = z.object({
  id: z.string().min(1),
  email: z.email(),
  /** scrypt hash, "scrypt$N$r$p$salt$hash"; never leaves the server. */
  passwordHash: z.string().min(1),
  roles: z.array(roleSchema).min(1),
  /** Filières and spaces a conseiller or space manager is scoped to. */
  scopeFilieres: z.array(z.string()),
  scopeSpaces: z.array(z.string()),
  memberId: z.string().nullable(),
  createdAt: epochMsSchema,
});
export type Account = z.infer<typeof accountSchema>;

export const passwordSchema = z
  .string()
  .min(10, 'must have at least 10 characters')
  .max(200, 'must be at most 200 characters');
