import { getHealth } from '../api/api.client';
import { useAsync } from '../api/async-state';
import { Link } from '../router/Link';
import { plural } from '../util/format';

/** The page header: the product name and how much the store holds. */
export function Header() {
  const health = useAsync('health', getHealth);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand" data-testid="brand">
          Daylight
        </Link>
        <p className="store-size" data-testid="store-size" aria-live="polite">
          {health.type === 'ready' &&
            `${plural(health.data.store.entities, 'entity', 'entities')} · ${plural(
              health.data.store.statements,
              'statement',
              'statements',
            )}`}
          {health.type === 'error' && <span className="muted">Server unavailable: {health.message}</span>}
        </p>
      </div>
    </header>
  );
}
