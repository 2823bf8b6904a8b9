import { searchEntities } from '../api/api.client';
import { useAsync } from '../api/async-state';
import { useDocumentTitle } from '../layout/use-document-title';
import { navigate } from '../router/router';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { parseSearchParams, searchUrl, SEARCH_LIMIT, type SearchParams } from './search.params';

/** `/`: search entities by name; the query lives in the URL. */
export function SearchPage({ search }: { readonly search: string }) {
  const params = parseSearchParams(search);
  const query = params.q.trim();
  const key = query === '' ? null : JSON.stringify([query, params.schema]);
  const state = useAsync(key, (signal) =>
    searchEntities({ q: query, schema: params.schema, limit: SEARCH_LIMIT }, signal),
  );
  useDocumentTitle(query === '' ? null : `“${query}”`);

  function onSearch(next: SearchParams) {
    navigate(searchUrl(next));
  }

  return (
    <div className="search-page">
      <h1 className="visually-hidden">Search</h1>
      <SearchForm params={params} onSearch={onSearch} />
      <div className="search-body" aria-live="polite" aria-busy={state.type === 'loading'}>
        {state.type === 'idle' && (
          <div className="intro" data-testid="search-intro">
            <p>
              Search the people, companies, owners, clients and sanctions of the surveillance industry by
              name. Every fact on an entity’s page names its source.
            </p>
          </div>
        )}
        {state.type === 'loading' && <p className="muted">Searching…</p>}
        {state.type === 'error' && (
          <div className="notice notice-error" role="alert" data-testid="search-error">
            <p>The search failed: {state.message}</p>
          </div>
        )}
        {state.type === 'ready' && <SearchResults response={state.data} />}
      </div>
    </div>
  );
}
