import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { StatusMessage } from '../../components/status-message';
import { LoginForm } from '../../features/auth/components/login-form';
import { PublicShell } from '../../features/shell/components/public-shell';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** Only paths inside this app: `//evil.example` or a full URL would leave the site. */
function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

export interface LoginNotice {
  notice?: string;
}

export function LoginRoute() {
  useDocumentTitle('Sign in');
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const state = location.state as LoginNotice | null;
  const notice = state?.notice ?? (params.has('signedOut') ? 'You have signed out.' : null);

  return (
    <PublicShell>
      <h1>Sign in</h1>
      <StatusMessage>{notice}</StatusMessage>
      <LoginForm onSuccess={() => void navigate(safeNext(params.get('next')), { replace: true })} />
      <p className="muted">
        Forgotten your password? Ask your centre administrator for a password reset link.
      </p>
    </PublicShell>
  );
}
