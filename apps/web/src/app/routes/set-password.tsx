import { useLocation, useNavigate } from 'react-router';
import { SetPasswordForm } from '../../features/auth/components/set-password-form';
import { PublicShell } from '../../features/shell/components/public-shell';
import { useDocumentTitle } from '../../hooks/use-document-title';
import type { LoginNotice } from './login';

/** The token travels in the fragment (`#token=…`), which browsers never send to a server. */
function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() !== '' ? token : null;
}

export function SetPasswordRoute() {
  useDocumentTitle('Set your password');
  const navigate = useNavigate();
  const token = tokenFromHash(useLocation().hash);

  return (
    <PublicShell>
      <h1>Set your password</h1>
      {token ? (
        <>
          <p className="lead">Choose the password you will use to sign in to Signoff.</p>
          <SetPasswordForm
            token={token}
            onSuccess={() => {
              const state: LoginNotice = {
                notice:
                  'Your password has been set. Sign in with your email address and new password.',
              };
              void navigate('/login', { replace: true, state });
            }}
          />
        </>
      ) : (
        <p className="lead">
          This link is incomplete. Open the whole link you were sent, or ask your centre
          administrator for a new one.
        </p>
      )}
    </PublicShell>
  );
}
