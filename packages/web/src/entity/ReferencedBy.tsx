import type { EntityDetail } from '@daylight/core/api';
import { Link } from '../router/Link';
import { entityPath } from '../router/routes';
import { schemaLabel } from '../search/schema-label';

/** The entities that point at this one (ownerships, directorships, sanctions …). */
export function ReferencedBy({ refs }: { readonly refs: EntityDetail['referencedBy'] }) {
  return (
    <section className="referenced-by" aria-labelledby="referenced-by-heading" data-testid="referenced-by">
      <h2 id="referenced-by-heading">Referenced by</h2>
      {refs.length === 0 ? (
        <p className="muted">No other entity in the database points at this one.</p>
      ) : (
        <ul className="refs">
          {refs.map((ref) => (
            <li key={`${ref.id}\u001f${ref.property}`} className="ref" data-testid="referenced-by-item">
              <Link to={entityPath(ref.id)}>{ref.caption}</Link>{' '}
              <span className="badge">{schemaLabel(ref.schema)}</span>{' '}
              <span className="muted">as {ref.propertyLabel}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
