import { Link } from 'react-router';
import { PublicShell } from '../../features/shell/components/public-shell';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return (
    <PublicShell>
      <h1>Page not found</h1>
      <p className="lead">
        There is no page at this address. If you typed it, check it is correct; if you followed a
        link, it may be out of date.
      </p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </PublicShell>
  );
}
