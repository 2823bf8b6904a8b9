import { Link } from '../router/Link';

/** A path the app does not know. */
export function NotFoundPage({ path }: { readonly path: string }) {
  return (
    <section className="notice" data-testid="page-not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link to="/">Search the database</Link>.
      </p>
    </section>
  );
}
