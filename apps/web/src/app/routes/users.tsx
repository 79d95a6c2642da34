import { CreateUserForm } from '../../features/users/components/create-user-form';
import { UsersTable } from '../../features/users/components/users-table';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInUser } from './app-layout';

export function UsersRoute() {
  useDocumentTitle('Users');
  const me = useSignedInUser();
  const centres = me.memberships
    .filter((membership) => membership.role === 'admin')
    .map(({ centreId, centreName }) => ({ centreId, centreName }));

  return (
    <>
      <h1>Users</h1>
      <p className="lead">
        People at {centres.map((centre) => centre.centreName).join(', ')}, their roles and whether
        they can sign in.
      </p>
      <div className="users-page">
        <section aria-labelledby="create-user-heading" className="card users-page__create">
          <h2 id="create-user-heading">Create user</h2>
          <CreateUserForm centres={centres} />
        </section>
        <section aria-labelledby="all-users-heading" className="users-page__list">
          <h2 id="all-users-heading">All users</h2>
          <UsersTable centres={centres} currentUserId={me.id} />
        </section>
      </div>
    </>
  );
}
