import type { EntityDetail } from '@daylight/core/api';
import { getEntity } from '../api/api.client';
import { useAsync } from '../api/async-state';
import { useDocumentTitle } from '../layout/use-document-title';
import { Link } from '../router/Link';
import { formatDate } from '../util/format';
import { PropertyRow } from './PropertyRow';
import { ReferencedBy } from './ReferencedBy';

/** `/entities/:id`: an entity, every value with its sources, and what points at it. */
export function EntityPage({ id }: { readonly id: string }) {
  const state = useAsync(id, (signal) => getEntity(id, signal));
  useDocumentTitle(state.type === 'ready' ? state.data.caption : null);

  switch (state.type) {
    case 'idle':
    case 'loading':
      return <p className="muted">Loading…</p>;
    case 'error':
      if (state.status === 404) {
        return (
          <section className="notice" data-testid="entity-not-found">
            <h1>No entity with this id</h1>
            <p>
              The database holds no entity with the id <code>{id}</code>. It may have been merged into another
              entity, or the link is mistyped.
            </p>
            <p>
              <Link to="/">Back to search</Link>
            </p>
          </section>
        );
      }
      return (
        <section className="notice notice-error" role="alert" data-testid="entity-error">
          <h1>This entity could not be loaded</h1>
          <p>{state.message}</p>
          <p>
            <Link to="/">Back to search</Link>
          </p>
        </section>
      );
    case 'ready':
      return <EntityView entity={state.data} />;
  }
}

function EntityView({ entity }: { readonly entity: EntityDetail }) {
  return (
    <article className="entity">
      <header className="entity-header">
        <p className="badge" data-testid="entity-schema">
          {entity.schemaLabel}
        </p>
        <h1 data-testid="entity-caption">{entity.caption}</h1>
        <dl className="entity-meta">
          <div>
            <dt>{entity.datasets.length === 1 ? 'Dataset' : 'Datasets'}</dt>
            <dd data-testid="entity-datasets">{entity.datasets.join(', ') || '–'}</dd>
          </div>
          <div>
            <dt>First seen</dt>
            <dd title={entity.firstSeen}>{formatDate(entity.firstSeen)}</dd>
          </div>
          <div>
            <dt>Last seen</dt>
            <dd title={entity.lastSeen}>{formatDate(entity.lastSeen)}</dd>
          </div>
          <div>
            <dt>Id</dt>
            <dd>
              <code>{entity.id}</code>
            </dd>
          </div>
        </dl>
      </header>
      <section className="properties" aria-labelledby="properties-heading">
        <h2 id="properties-heading">Properties and sources</h2>
        {entity.properties.length === 0 ? (
          <p className="muted">No property values are recorded for this entity.</p>
        ) : (
          entity.properties.map((property) => <PropertyRow key={property.name} property={property} />)
        )}
      </section>
      <ReferencedBy refs={entity.referencedBy} />
    </article>
  );
}
