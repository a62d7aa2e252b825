// A Bid as node properties and back; the tender it is for comes from its FOR
// relationship, its team from IN_BID {role, status}.
import { BID_STATUSES, type Bid, INVITATION_STATUSES, type InBid } from '../../domain/entities/bid.js';
import type { Row } from '../graphStore.js';
import { nullableText, numeric, type Properties, text } from './rowValues.js';

export const BID_PROPERTIES = ['id', 'leadId', 'status', 'message', 'createdAt', 'updatedAt'] as const;

export function bidToProperties(bid: Bid): Properties {
  return {
    id: bid.id,
    leadId: bid.leadId,
    status: bid.status,
    message: bid.message ?? '',
    createdAt: bid.createdAt,
    updatedAt: bid.updatedAt,
  };
}

/** `row` holds the bid's columns and `tenderId`. */
export function bidFromRow(row: Row): Bid {
  return {
    id: text(row, 'id'),
    tenderId: text(row, 'tenderId'),
    leadId: text(row, 'leadId'),
    status: oneOf(BID_STATUSES, text(row, 'status'), 'status'),
    message: nullableText(row, 'message') ?? '',
    createdAt: numeric(row, 'createdAt'),
    updatedAt: numeric(row, 'updatedAt'),
  };
}

/** `row` holds `member`, `bid`, `role` and `status`. */
export function inBidFromRow(row: Row): InBid {
  return {
    member: text(row, 'member'),
    bid: text(row, 'bid'),
    role: text(row, 'role'),
    status: oneOf(INVITATION_STATUSES, text(row, 'status'), 'status'),
  };
}

function oneOf<T extends string>(values: readonly T[], value: string, column: string): T {
  if (!(values as readonly string[]).includes(value)) {
    throw new TypeError(`Column "${column}" holds "${value}", not one of ${values.join(', ')}`);
  }
  return value as T;
}
