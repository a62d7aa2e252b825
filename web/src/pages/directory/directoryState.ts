// The directory's filters live in the address (?skill=…&near=…&radius=…) so a search can be
// shared, bookmarked and restored with the back button.
import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

export const FILTER_KEYS = ['q', 'skill', 'space', 'community', 'filiere', 'city', 'near', 'radius'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type DirectoryFilters = Record<FilterKey, string>;

export const RADIUS_CHOICES = ['10', '25', '50', '100', '200'] as const;
export const DEFAULT_RADIUS = '50';

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
