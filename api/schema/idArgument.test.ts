import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import { internalId } from './idArgument.js';

describe('internalId', () => {
  it('reads a Relay global ID of the expected type', () => {
    expect(internalId(encodeGlobalID('Member', 'm_12ab'), 'Member', ['memberId'])).toBe('m_12ab');
    expect(internalId(encodeGlobalID('Bid', 'bid_9f'), 'Bid', ['bidId'])).toBe('bid_9f');
  });

  it('keeps internal ids as they are', () => {
    for (const id of ['m_1', 'tdr_0123456789abcdef0123456789abcdef', 'bid_abcd', 'm000042']) {
      expect(internalId(id, 'Tender', ['tenderId'])).toBe(id);
    }
  });

  it('refuses the global ID of another type, naming the argument', () => {
    const error = (() => {
      try {
        internalId(encodeGlobalID('Tender', 'tdr_1'), 'Member', ['memberId']);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).problems[0]?.path).toEqual(['memberId']);
  });
});
