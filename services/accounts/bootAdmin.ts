// The admin account of PASSERELLE_ADMIN_EMAIL / PASSERELLE_ADMIN_PASSWORD,
// created at boot when missing (idempotent; an existing account keeps its
// password and gains the admin role if it lacked it).
import { newId } from '../../domain/ids.js';
import type { Services } from '../services.js';
import { hashPassword } from './passwords.js';

export async function ensureBootAdmin(
  services: Pick<Services, 'config' | 'accounts'>,
  now = Date.now(),
): Promise<'created' | 'promoted' | 'present' | 'not configured'> {
  const { PASSERELLE_ADMIN_EMAIL: email, PASSERELLE_ADMIN_PASSWORD: password } = services.config;
  if (!email || !password) return 'not configured';
  const existing = await services.accounts.getByEmail(email);
  if (existing) {
    if (existing.roles.includes('admin')) return 'present';
    await services.accounts.setScope(existing.id, {
      roles: [...existing.roles, 'admin'],
      scopeFilieres: existing.scopeFilieres,
      scopeSpaces: existing.scopeSpaces,
    });
    return 'promoted';
  }
  await services.accounts.create({
    id: newId('acc'),
    email,
    passwordHash: await hashPassword(password),
    roles: ['admin'],
    scopeFilieres: [],
    scopeSpaces: [],
    memberId: null,
    createdAt: now,
  });
  return 'created';
}
