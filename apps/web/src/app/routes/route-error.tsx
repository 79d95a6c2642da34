import { PublicShell } from '../../features/shell/components/public-shell';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** Shown when a page fails to render; details go to the console, never to the screen. */
export function RouteErrorPage() {
  useDocumentTitle('Something went wrong');
  return (
    <PublicShell>
      <h1>Something went wrong</h1>
      <p className="lead">The page could not be shown. Reload it to try again.</p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </PublicShell>
  );
}
