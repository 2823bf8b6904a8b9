import type { EntityDetail, StatementDto } from '@daylight/core/api';
import { Link } from '../router/Link';
import { entityPath } from '../router/routes';
import { ExternalLink } from '../util/ExternalLink';
import { runsOn, sharedCitations } from './citations';
import { SourceCitation } from './SourceCitation';

/** One property of an entity. */
export type PropertyDto = EntityDetail['properties'][number];
type ValueDto = PropertyDto['values'][number];

function ValueText({ value, type }: { readonly value: ValueDto; readonly type: string }) {
  if (value.entity) {
    return (
      <Link to={entityPath(value.entity.id)} className="entity-link" data-testid="entity-value-link">
        {value.entity.caption}
      </Link>
    );
  }
  if (type === 'entity') {
    return (
      <span>
        <code>{value.value}</code> <span className="muted">(not in the database)</span>
      </span>
    );
  }
  if (type === 'url') return <ExternalLink url={value.value} />;
  return <span className="value-text">{value.value}</span>;
}

function Citations({
  statements,
  label,
}: {
  readonly statements: readonly StatementDto[];
  readonly label: string;
}) {
  return (
    <ul className="citations" aria-label={label}>
      {statements.map((statement) => (
        <li key={statement.id}>
          <SourceCitation statement={statement} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A property with each of its values and the sources behind each value. When all values share the
 * same sources, they are cited once, after the values.
 */
export function PropertyRow({ property }: { readonly property: PropertyDto }) {
  const shared = sharedCitations(property);
  const inline = shared !== null && runsOn(property);
  return (
    <section className="property" data-testid="property-row" data-property={property.name}>
      <h3 className="property-label">{property.label}</h3>
      <div className="property-body">
        <ul className={inline ? 'values values-inline' : 'values'}>
          {property.values.map((value) => (
            <li key={value.value} className="value" data-testid="property-value">
              <div className="value-main">
                <ValueText value={value} type={property.type} />
              </div>
              {shared === null && value.statements.length > 0 && (
                <Citations statements={value.statements} label={`Sources of ${value.value}`} />
              )}
            </li>
          ))}
        </ul>
        {shared !== null && (
          <div className="shared-citations">
            <p className="shared-note">All {property.values.length} values from:</p>
            <Citations statements={shared} label={`Sources of every ${property.label} value`} />
          </div>
        )}
      </div>
    </section>
  );
}
