// Cursor paging state: the `after` cursor of each page visited, back to page 1 when the
// query (named by `queryKey`) changes.
import { useCallback, useState } from 'react';

interface Pages {
  queryKey: string;
  cursors: (string | null)[];
}

export function usePagedCursor(queryKey: string) {
  const [pages, setPages] = useState<Pages>({ queryKey, cursors: [null] });
  const cursors = pages.queryKey === queryKey ? pages.cursors : [null];
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback(
    (endCursor: string | null) => {
      if (!endCursor) return;
      setPages((current) => ({
        queryKey,
        cursors: [...(current.queryKey === queryKey ? current.cursors : [null]), endCursor],
      }));
    },
    [queryKey],
  );
  const previous = useCallback(
    () =>
      setPages((current) => ({
        queryKey,
        cursors:
          current.queryKey === queryKey && current.cursors.length > 1 ? current.cursors.slice(0, -1) : [null],
      })),
    [queryKey],
  );
  return { page: cursors.length, after, next, previous };
}
