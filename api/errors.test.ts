// The one error mapping: a store reporting a full disk becomes UNAVAILABLE with
// a message saying so, however the store spells it; other unknown errors stay masked.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorMessage } from './errorMessages.js';
import { isDiskFull, toClientError } from './errors.js';

const codeOf = (error: Error) => (error as GraphQLError).extensions.code;

describe('toClientError on a full disk', () => {
  const full = [
    Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
    Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
    new Error(
      'IO exception: Cannot write to file. path: /data/graph/passerelle.kuzu.wal fileDescriptor: 26 offsetToWrite: 7489 numBytesToWrite: 1523 numBytesWritten: 703. Error: Success',
    ),
    new Error('the write failed', { cause: Object.assign(new Error('quota'), { code: 'EDQUOT' }) }),
  ];

  it.each(full.map((error) => [error.message, error]))('answers UNAVAILABLE for %s', (_message, error) => {
    const logged: unknown[] = [];
    const mapped = toClientError(new GraphQLError('wrapped', { originalError: error }), (e) =>
      logged.push(e),
    );
    expect(codeOf(mapped)).toBe('UNAVAILABLE');
    expect(mapped.message).toMatch(/data store is full/);
    expect(isDiskFull(error)).toBe(true);
  });

  it('still masks an unexpected error', () => {
    const logged: unknown[] = [];
    const mapped = toClientError(new Error('IO exception: Cannot read file'), (e) => logged.push(e));
    expect(codeOf(mapped)).toBe('INTERNAL_SERVER_ERROR');
    expect(mapped.message).toBe('Unexpected error.');
    expect(logged).toHaveLength(1);
  });
});

describe('bid.emptySuggestion in every language (branch fixes)', () => {
  it('has a message in fr, nl and en', () => {
    const reason = { code: 'bid.emptySuggestion' };
    expect(errorMessage(reason, 'fr')).toContain('aucun membre');
    expect(errorMessage(reason, 'nl')).toContain('geen leden');
    expect(errorMessage(reason, 'en')).toContain('no members');
  });
});
