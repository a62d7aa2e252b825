// Ids and handles of imported members are derived from their externalId (or,
// without one, their e-mail) so that importing the same file twice gives the
// same ids: re-imports update instead of duplicating.
import { createHash } from 'node:crypto';
import { handleFromName } from '../../domain/ids.js';

/** The key a row is identified by: its externalId when it has one, else its (lower-cased) e-mail. */
export function identityKey(externalId: string | null, email: string): string {
  return externalId !== null ? `externalId:${externalId}` : `email:${email.toLowerCase()}`;
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** "m_i" + 24 hex digits: distinct from generated ids ("m_" + uuid) and seeded ones ("m_0000042"). */
export function importedMemberId(key: string): string {
  return `m_i${digest(key).slice(0, 24)}`;
}

/** "anais-dubois-3f9a1c": the name's slug with a suffix from the identity key, unique in practice. */
export function importedHandle(name: string, key: string): string {
  return handleFromName(name, digest(key).slice(0, 6));
}
