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
