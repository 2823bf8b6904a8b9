/**
 * A tiny client-side router over the History API: the current location as React state, and
 * navigation that updates it.
 */
import { useSyncExternalStore } from 'react';

/** Fired on `window` after {@link navigate} changed the history entry. */
const NAVIGATE_EVENT = 'daylight:navigate';

/** The parts of the location the app routes on. */
export interface AppLocation {
  readonly pathname: string;
  readonly search: string;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// A string snapshot: stable between renders as long as the URL does not change.
function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/**
 * @returns the current location; the component re-renders when it changes
 */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.search };
}

/**
 * Goes to another page of the app without reloading it.
 * @param to - a path with an optional query string, e.g. `/entities/abc` or `/?q=acme`
 * @param options - `replace` to change the current history entry instead of adding one
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}
