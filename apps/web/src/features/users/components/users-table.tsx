import { ROLES, ROLE_TITLES, type UserSummary } from '@signoff/contracts';
import { FormAlert } from '../../../components/form-alert';
import { ListSearch } from '../../../components/list-search';
import { Pager } from '../../../components/pager';
import { useListSearch } from '../../../hooks/use-list-search';
import { describeError } from '../../../lib/error-messages';
import { useUsers } from '../api/get-users';
import type { AdminCentre } from './role-checkboxes';
import { UserActions } from './user-actions';

function rolesByCentre(user: UserSummary): { centreName: string; roles: string }[] {
  const centres = new Map<string, { centreName: string; roles: string[] }>();
  const ordered = [...user.roles].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  for (const grant of ordered) {
    const entry = centres.get(grant.centreId) ?? { centreName: grant.centreName, roles: [] };
    entry.roles.push(ROLE_TITLES[grant.role]);
    centres.set(grant.centreId, entry);
  }
  return [...centres.values()].map(({ centreName, roles }) => ({
    centreName,
    roles: roles.join(', '),
  }));
}

export interface UsersTableProps {
  centres: readonly AdminCentre[];
  currentUserId: string;
}

/*
 * Explicit roles keep the table's meaning for screen readers when narrow screens restyle
 * the rows as cards (some browsers drop table semantics once `display` changes).
 */
export function UsersTable({ centres, currentUserId }: UsersTableProps) {
  const { list: users, pager } = useUsers();
  const search = useListSearch(users.data?.items ?? [], (user) => [
    user.displayName,
    user.email,
    ...user.roles.map((grant) => ROLE_TITLES[grant.role]),
  ]);

  if (users.isPending) return <p role="status">Loading users…</p>;
  if (users.isError) return <FormAlert message={describeError(users.error)} />;
  if (users.data.total === 0) return <p>No users yet. Create the first one above.</p>;

  const { shown } = search;
  return (
    <ListSearch
      label="Find a person"
      description="Name, email or role."
      {...search.box}
      noun="people"
      noMatch="Nobody matches the search."
    >
      <table className="table" role="table" aria-label="Users">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Name
            </th>
            <th role="columnheader" scope="col">
              Email
            </th>
            <th role="columnheader" scope="col">
              Roles
            </th>
            <th role="columnheader" scope="col">
              Status
            </th>
            <th role="columnheader" scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {shown.map((user) => (
            <tr
              role="row"
              key={user.id}
              className={user.disabled ? 'table__row--disabled' : undefined}
            >
              <th role="rowheader" scope="row" className="table__name">
                {user.displayName}
              </th>
              <td role="cell" data-label="Email" className="table__email">
                {user.email}
              </td>
              <td role="cell" data-label="Roles">
                <ul className="plain-list">
                  {rolesByCentre(user).map((entry) => (
                    <li key={entry.centreName}>
                      {entry.roles}
                      {/* With one centre, naming it on every row is noise. */}
                      {centres.length > 1 ? (
                        <span className="muted"> at {entry.centreName}</span>
                      ) : null}
                    </li>
                  ))}
                  {/* Still a member with every role removed: listed so a role can be given back. */}
                  {user.roles.length === 0 ? <li className="muted">No role</li> : null}
                </ul>
              </td>
              <td role="cell" data-label="Status">
                <span className={user.disabled ? 'badge badge--disabled' : 'badge badge--active'}>
                  {user.disabled ? 'Disabled' : 'Active'}
                </span>
              </td>
              <td role="cell" className="table__actions">
                <UserActions
                  user={user}
                  centres={centres}
                  isCurrentUser={user.id === currentUserId}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pager ? (
        <Pager noun="people" {...pager} shown={users.data.items.length} total={users.data.total} />
      ) : null}
    </ListSearch>
  );
}
