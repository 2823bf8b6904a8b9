/**
 * The state of one asynchronous load, as a tagged union, and the hook that drives it.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from './api.client';

/** Where a load stands. `status` is the HTTP status of a failed API call, when there was one. */
export type AsyncState<T> =
  | { readonly type: 'idle' }
  | { readonly type: 'loading' }
  | { readonly type: 'error'; readonly message: string; readonly status: number | null }
  | { readonly type: 'ready'; readonly data: T };

const IDLE = { type: 'idle' } as const;
const LOADING = { type: 'loading' } as const;

/**
 * Turns a thrown value into an error state.
 * @param error - what the load threw
 * @returns the error state
 */
export function toErrorState(error: unknown): AsyncState<never> {
  if (error instanceof ApiError) return { type: 'error', message: error.message, status: error.status };
  return { type: 'error', message: error instanceof Error ? error.message : String(error), status: null };
}

/**
 * Loads data whenever `key` changes, aborting the previous load.
 * @param key - identifies what to load; null means nothing to load (idle)
 * @param load - the load; it must depend on nothing but `key`
 * @returns the state of the load for the current key (never a stale result of an earlier key)
 */
export function useAsync<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): AsyncState<T> {
  const [current, setCurrent] = useState<{ key: string | null; state: AsyncState<T> }>({
    key: null,
    state: IDLE,
  });
  const loadRef = useRef(load);
  // Effects run in order: the latest `load` is in place before the one below reads it.
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) {
      setCurrent({ key, state: IDLE });
      return;
    }
    const controller = new AbortController();
    setCurrent({ key, state: LOADING });
    void loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setCurrent({ key, state: { type: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setCurrent({ key, state: toErrorState(error) });
      },
    );
    return () => controller.abort();
  }, [key]);

  if (key === null) return IDLE;
  // Between a key change and the effect, the stored state belongs to the previous key.
  return current.key === key ? current.state : LOADING;
}
