// Every document of the directory, profile and place screens (web/src/graphql/documents.ts) is
// valid against the server's schema, so a renamed field fails here rather than as a blank screen.
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../api/schema/index.js';
import * as documents from '../../web/src/graphql/documents.js';

const named = Object.entries(documents as Record<string, unknown>).filter(
  (entry): entry is [string, string] =>
    typeof entry[1] === 'string' && /^\s*(query|mutation)\b/.test(entry[1]),
);

describe('directory screen documents', () => {
  it('has documents to check, the place search among them', () => {
    expect(named.map(([name]) => name)).toEqual(
      expect.arrayContaining(['PLACES', 'PLACE', 'SEARCH_MEMBERS']),
    );
  });

  it.each(named)('%s validates against the API schema', (_name, source) => {
    expect(validate(schema, parse(source)).map((error) => error.message)).toEqual([]);
  });
});
