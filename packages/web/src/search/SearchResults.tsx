import type { SearchResponse } from '@daylight/core/api';
import { Link } from '../router/Link';
import { entityPath } from '../router/routes';
import { plural } from '../util/format';
import { schemaLabel } from './schema-label';
import { SEARCH_LIMIT } from './search.params';

/** The hits of one search, or a note that there are none. */
export function SearchResults({ response }: { readonly response: SearchResponse }) {
  const { results, query, schema } = response;
  const filter = schema ? ` among ${schemaLabel(schema)} records` : '';
  if (results.length === 0) {
    return (
      <div className="notice" data-testid="search-empty">
        <p>
          Nothing matches “{query}”{filter}.
        </p>
        <p className="muted">
          Try fewer words, another spelling, or {schema ? 'the type “Any”' : 'a part of the name'}.
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="results-count" data-testid="search-count">
        {results.length >= SEARCH_LIMIT
          ? `The first ${results.length} results for “${query}”${filter}`
          : `${plural(results.length, 'result', 'results')} for “${query}”${filter}`}
      </h2>
      <ol className="results">
        {results.map((hit) => (
          <li key={hit.id} className="result" data-testid="search-result">
            <div className="result-head">
              <Link to={entityPath(hit.id)} className="result-caption">
                {hit.caption}
              </Link>
              <span className="badge">{schemaLabel(hit.schema)}</span>
            </div>
            {hit.matchedName !== hit.caption && (
              <p className="result-match">
                <span className="muted">Matched name:</span> {hit.matchedName}
              </p>
            )}
            {hit.datasets.length > 0 && (
              <p className="result-datasets muted">
                {hit.datasets.length === 1 ? 'Dataset' : 'Datasets'}: {hit.datasets.join(', ')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
