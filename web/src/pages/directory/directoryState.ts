// The directory's filters and page live in the address (?skill=…&near=town:2998324&radius=…&page=2)
// so a search can be shared, bookmarked and restored with the back button, on the same page.
// `near` is a place key (`space:<slug>` or `town:<GeoNames id>`; a bare slug is a space).
import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

export const FILTER_KEYS = ['q', 'skill', 'space', 'community', 'filiere', 'city', 'near', 'radius'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type DirectoryFilters = Record<FilterKey, string>;

/** The page shown: its number and the cursor it starts after (or ends before, going back). */
const PAGE_KEYS = ['page', 'after', 'before'] as const;

export const RADIUS_CHOICES = ['10', '25', '50', '100', '200'] as const;
export const DEFAULT_RADIUS = '50';

/** The place key of a `near` value; older addresses hold a space slug. */
export function placeKey(near: string): string {
  return near.includes(':') ? near : `space:${near}`;
}

export function useDirectoryFilters(): [
  DirectoryFilters,
  (key: FilterKey, value: string) => void,
  () => void,
] {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as DirectoryFilters;
  const setFilter = useCallback(
    (key: FilterKey, value: string) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          // Other filters, other results: back to the first page.
          if ((previous.get(key) ?? '') !== value) for (const page of PAGE_KEYS) next.delete(page);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clear = useCallback(
    () =>
      setParams(
        (previous) => {
          const next = new URLSearchParams();
          const lang = previous.get('lang');
          if (lang) next.set('lang', lang);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filters, setFilter, clear];
}

export interface UrlPage {
  page: number;
  /** Connection arguments of the page: `first`/`after` going forward, `last`/`before` going back. */
  variables: { first: number; after: string | null } | { last: number; before: string };
  next(endCursor: string | null): void;
  previous(startCursor: string | null): void;
}

/** Cursor paging kept in the address, so Back from a profile returns to the same page. */
export function useUrlPage(pageSize: number): UrlPage {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const before = params.get('before');
  const after = params.get('after');
  const go = useCallback(
    (to: number, cursor: { after: string } | { before: string } | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const key of PAGE_KEYS) next.delete(key);
          if (to > 1 && cursor) {
            next.set('page', String(to));
            if ('after' in cursor) next.set('after', cursor.after);
            else next.set('before', cursor.before);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    page,
    variables:
      page > 1 && before ? { last: pageSize, before } : { first: pageSize, after: page > 1 ? after : null },
    next: (endCursor) => endCursor && go(page + 1, { after: endCursor }),
    previous: (startCursor) => go(page - 1, startCursor ? { before: startCursor } : null),
  };
}
