import type { Role } from '@signoff/contracts';
import { decideRouteAccess } from '@signoff/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInUser } from './app-layout';

function Forbidden() {
  useDocumentTitle('No access');
  return (
    <>
      <h1>You do not have access to this page</h1>
      <p className="lead">
        Your roles do not include this page. If you think they should, ask your centre
        administrator.
      </p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}

export interface RequireRoleProps {
  /** One role, or any one of several. */
  role: Role | readonly Role[];
  children: ReactNode;
}

/**
 * Hides a page from people without the role, by the rule the API's guard applies to its routes
 * (which refuses them regardless).
 */
export function RequireRole({ role, children }: RequireRoleProps) {
  const me = useSignedInUser();
  const roles = typeof role === 'string' ? [role] : role;
  return decideRouteAccess({ kind: 'roles', roles }, me.roles) === 'allowed' ? (
    children
  ) : (
    <Forbidden />
  );
}
