import type { MeResponse } from '@signoff/contracts';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { Button } from '../../components/button';
import { useMe } from '../../features/auth/api/get-me';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { AppShell } from '../../features/shell/components/app-shell';
import { PublicShell } from '../../features/shell/components/public-shell';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { describeError } from '../../lib/error-messages';

/** The signed-in person, for pages inside the signed-in layout. */
export function useSignedInUser(): MeResponse {
  return useOutletContext<MeResponse>();
}

function signedOut() {
  // A full page load drops everything held in memory about the person who signed out.
  window.location.assign('/login?signedOut=1');
}

function Unavailable({ error, retry }: { error: unknown; retry: () => void }) {
  useDocumentTitle('Unavailable');
  return (
    <PublicShell>
      <h1>Signoff is unavailable</h1>
      <p className="lead">{describeError(error)}</p>
      <Button onPress={retry}>Try again</Button>
    </PublicShell>
  );
}

export function AppLayout() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <PublicShell>
        <p role="status">Loading…</p>
      </PublicShell>
    );
  }
  if (me.isError) return <Unavailable error={me.error} retry={() => void me.refetch()} />;
  if (me.data === null) {
    const next = `${location.pathname}${location.search}`;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }

  return (
    <AppShell
      displayName={me.data.displayName}
      roles={me.data.roles}
      signOut={<SignOutButton onSignedOut={signedOut} />}
    >
      <Outlet context={me.data} />
    </AppShell>
  );
}
