import { EntityPage } from './entity/EntityPage';
import { Header } from './layout/Header';
import { NotFoundPage } from './layout/NotFoundPage';
import { useLocation } from './router/router';
import { matchRoute } from './router/routes';
import { SearchPage } from './search/SearchPage';

/** The app: the header and the page the URL names. */
export function App() {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" className="page">
        {route.name === 'search' && <SearchPage search={location.search} />}
        {/* Keyed by id so that moving between entities starts each page afresh. */}
        {route.name === 'entity' && <EntityPage key={route.id} id={route.id} />}
        {route.name === 'not-found' && <NotFoundPage path={route.path} />}
      </main>
    </>
  );
}
