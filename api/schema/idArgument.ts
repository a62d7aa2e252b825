// The one place where an id given as a GraphQL argument is read: a member, tender
// or bid may be named by its own id ("m_…", "tdr_…", "bid_…", as `memberId`,
// `tenderId` and `bidId` fields return it) or by its Relay global ID (as `id`
// fields, e.g. `me.member.id`, return it). A global ID of another type is refused
// naming the argument.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { BadUserInputError } from '../../domain/errors.js';

export type IdentifiedType = 'Member' | 'Tender' | 'Bid';

const TYPENAME = /^[A-Z][A-Za-z]*$/;

/** The global ID's type and id, or null when `value` is not a Relay global ID. */
function asGlobalId(value: string): { typename: string; id: string } | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return null;
  try {
    const decoded = decodeGlobalID(value);
    return TYPENAME.test(decoded.typename) && /^[\x21-\x7e]+$/.test(decoded.id) ? decoded : null;
  } catch {
    return null;
  }
}

/** The internal id named by `value` (an internal id or a Relay global ID of `type`). */
export function internalId(value: string, type: IdentifiedType, argument: (string | number)[]): string {
  const global = asGlobalId(value);
  if (!global) return value;
  if (global.typename !== type) {
    throw BadUserInputError.at(argument, `is the global ID of a ${global.typename}, not of a ${type}`);
  }
  return global.id;
}
