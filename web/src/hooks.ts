import { useCallback, useEffect, useState } from 'react';
import { api, messageOf } from './api.ts';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload: () => Promise<void>;
  set: (v: T) => void;
}

/** GETs a resource when the screen opens (and when the path changes). State lives in the screen only. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (path === null) return;
    try {
      setData(await api.get<T>(path));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [path]);
  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);
  return { data, error, reload, set: setData };
}

export interface Paged<T> {
  /** The rows of every page loaded so far; null until the first page arrives. */
  items: T[] | null;
  error: string | null;
  /** True while the server has more pages. */
  hasMore: boolean;
  loading: boolean;
  loadMore: () => Promise<void>;
}

/**
 * Issue 21: a list the server sends in keyset pages (`?limit=&cursor=`, answered with
 * `nextCursor`). Loads the first page when the screen opens; `loadMore` appends the next one.
 */
export function usePaged<T, K extends string>(path: string | null, key: K, limit = 50): Paged<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const page = useCallback(
    async (after: string | null, previous: T[]) => {
      if (path === null) return;
      setLoading(true);
      try {
        const sep = path.includes('?') ? '&' : '?';
        const res = await api.get<Record<K, T[]> & { nextCursor: string | null }>(`${path}${sep}limit=${limit}${after === null ? '' : `&cursor=${encodeURIComponent(after)}`}`);
        setItems([...previous, ...res[key]]);
        setCursor(res.nextCursor);
        setError(null);
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setLoading(false);
      }
    },
    [path, key, limit],
  );
  useEffect(() => {
    setItems(null);
    setCursor(null);
    void page(null, []);
  }, [page]);
  const loadMore = useCallback(async () => {
    if (cursor !== null) await page(cursor, items ?? []);
  }, [cursor, items, page]);
  return { items, error, hasMore: cursor !== null, loading, loadMore };
}
