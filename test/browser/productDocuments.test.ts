// Every document of the product screens is valid against the server's schema, so a renamed
// field fails here, in milliseconds, rather than as a blank screen in the browser journeys.
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../api/schema/index.js';
import * as documents from '../../web/src/graphql/productDocuments.js';

const named = Object.entries(documents as Record<string, unknown>).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string',
);

describe('product screen documents', () => {
  it('has documents to check', () => {
    expect(named.length).toBeGreaterThan(10);
  });

  it.each(named)('%s validates against the API schema', (_name, source) => {
    expect(validate(schema, parse(source)).map((error) => error.message)).toEqual([]);
  });
});
