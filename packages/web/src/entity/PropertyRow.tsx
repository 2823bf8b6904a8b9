import type { EntityDetail } from '@daylight/core/api';
import { Link } from '../router/Link';
import { entityPath } from '../router/routes';
import { ExternalLink } from '../util/ExternalLink';
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

/** A property with each of its values and, under each value, the sources behind it. */
export function PropertyRow({ property }: { readonly property: PropertyDto }) {
  return (
    <section className="property" data-testid="property-row" data-property={property.name}>
      <h3 className="property-label">{property.label}</h3>
      <ul className="values">
        {property.values.map((value) => (
          <li key={value.value} className="value">
            <div className="value-main">
              <ValueText value={value} type={property.type} />
            </div>
            {value.statements.length > 0 && (
              <ul className="citations" aria-label="Sources">
                {value.statements.map((statement) => (
                  <li key={statement.id}>
                    <SourceCitation statement={statement} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
