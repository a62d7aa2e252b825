// The one place Relay connection arguments become an offset page: `first`/`last`
// are checked against one inclusive maximum (100, as documented), cursors are
// decoded here and a cursor this API did not hand out is BAD_USER_INPUT naming
// `after` or `before`. Every connection resolves through `resolvePagedConnection`.
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { BadUserInputError } from '../../domain/errors.js';

/** The largest page any connection serves, inclusive: `first: 100` is allowed, `first: 101` refused. */
export const MAX_CONNECTION_PAGE = 100;
export const DEFAULT_CONNECTION_PAGE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const OFFSET_CURSOR = /^OffsetConnection:(\d{1,15})$/;

/** The offset a cursor of ours points at; anything else is bad input naming the argument. */
export function offsetOfCursor(cursor: string, argument: 'after' | 'before'): number {
  const refuse = () =>
    BadUserInputError.at([argument], 'is not a cursor of this connection', {
      code: 'page.badCursor',
      params: { argument },
    });
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(cursor) || cursor.length % 4 !== 0) throw refuse();
  const match = OFFSET_CURSOR.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw refuse();
  return Number(match[1]);
}

function checkSize(value: number | null | undefined, argument: 'first' | 'last'): void {
  if (value === null || value === undefined) return;
  if (value < 0) {
    throw BadUserInputError.at([argument], 'must be ≥ 0', { code: 'value.tooSmall', params: { min: 0 } });
  }
  if (value > MAX_CONNECTION_PAGE) {
    throw BadUserInputError.at([argument], `must be at most ${MAX_CONNECTION_PAGE}`, {
      code: 'page.tooLarge',
      params: { argument, max: MAX_CONNECTION_PAGE },
    });
  }
}

export interface OffsetPage {
  offset: number;
  /** Exactly the page size: `hasNextPage` comes from the total, so a store never gets asked for one more. */
  limit: number;
}

export interface PageResult<T> {
  items: T[];
  /** Every match, not only this page. */
  totalCount: number;
}

/**
 * Resolves a connection from a loader of one offset page. The loader may drop items the viewer may not see
 * (edges are then fewer than `limit`); `totalCount` and `hasNextPage` follow what the loader reports.
 */
export async function resolvePagedConnection<T>(
  args: ConnectionArgs,
  load: (page: OffsetPage) => Promise<PageResult<T>>,
  defaultSize = DEFAULT_CONNECTION_PAGE,
) {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  // Validated here, so that Pothos' own decoding below only ever sees cursors of ours.
  if (args.after) offsetOfCursor(args.after, 'after');
  if (args.before) offsetOfCursor(args.before, 'before');
  let window: ReturnType<typeof offsetForArgs>;
  try {
    window = offsetForArgs({ args, defaultSize, maxSize: MAX_CONNECTION_PAGE });
  } catch (error) {
    // "last" without "before" or "first": the one combination Pothos refuses.
    const message = error instanceof Error ? error.message : String(error);
    throw BadUserInputError.at(['last'], message.replace(/^Argument "last" /, ''), { code: 'value.invalid' });
  }
  const { offset, expectedSize, hasPreviousPage } = window;
  const { items, totalCount } =
    expectedSize > 0 ? await load({ offset, limit: expectedSize }) : await load({ offset, limit: 1 });
  const shown = expectedSize > 0 ? items.slice(0, expectedSize) : [];
  const edges = shown.map((node, index) => ({ cursor: offsetToCursor(offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage,
      hasNextPage: offset + expectedSize < totalCount,
    },
  };
}
