/**
 * The app's routes: pure functions from a URL to a route and back, so they can be tested without
 * a browser.
 */

/** A page of the app. */
export type Route =
  | { readonly name: 'search' }
  | { readonly name: 'entity'; readonly id: string }
  | { readonly name: 'not-found'; readonly path: string };

/**
 * Matches a path name to a route.
 * @param pathname - `location.pathname`
 * @returns the route; `not-found` for anything unknown
 */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'search' };
  const entity = /^\/entities\/([^/]+)\/?$/.exec(pathname);
  if (entity?.[1]) {
    try {
      return { name: 'entity', id: decodeURIComponent(entity[1]) };
    } catch {
      // A malformed escape cannot name an entity.
      return { name: 'not-found', path: pathname };
    }
  }
  return { name: 'not-found', path: pathname };
}

/**
 * @param id - an entity id
 * @returns the path of its page
 */
export function entityPath(id: string): string {
  return `/entities/${encodeURIComponent(id)}`;
}
