import { ROLES, ROLE_TITLES, isRole, type UserSummary } from '@signoff/contracts';
import { CentreFilter } from '../../../components/centre-filter';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { SearchBox } from '../../../components/search-box';
import { SelectField } from '../../../components/select-field';
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

const ANY_ROLE = 'any';
const ROLE_OPTIONS = [
  { id: ANY_ROLE, label: 'Any role' },
  ...ROLES.map((role) => ({ id: role, label: ROLE_TITLES[role] })),
];

export interface UsersTableProps {
  centres: readonly AdminCentre[];
  currentUserId: string;
}

export function UsersTable({ centres, currentUserId }: UsersTableProps) {
  const { list: users, pager, search, sort, filters, isNarrowed } = useUsers();

  if (users.isPending) return <p role="status">Loading users…</p>;
  if (users.isError) return <FormAlert message={describeError(users.error)} />;
  if (users.data.total === 0 && !isNarrowed)
    return <p>No users yet. Create the first one above.</p>;

  const role = filters.values['role'];
  const columns: readonly DataColumn<UserSummary>[] = [
    {
      id: 'name',
      title: 'Name',
      isRowHeader: true,
      allowsSorting: true,
      className: 'table__name',
      cell: (user) => user.displayName,
    },
    {
      id: 'email',
      title: 'Email',
      allowsSorting: true,
      className: 'table__email',
      cell: (user) => user.email,
    },
    {
      id: 'roles',
      title: 'Roles',
      cell: (user) => (
        <ul className="plain-list">
          {rolesByCentre(user).map((entry) => (
            <li key={entry.centreName}>
              {entry.roles}
              {/* With one centre, naming it on every row is noise. */}
              {centres.length > 1 ? <span className="muted"> at {entry.centreName}</span> : null}
            </li>
          ))}
          {/* Still a member with every role removed: listed so a role can be given back. */}
          {user.roles.length === 0 ? <li className="muted">No role</li> : null}
        </ul>
      ),
    },
    {
      id: 'status',
      title: 'Status',
      cell: (user) => (
        <span className={user.disabled ? 'badge badge--disabled' : 'badge badge--active'}>
          {user.disabled ? 'Disabled' : 'Active'}
        </span>
      ),
    },
    {
      id: 'actions',
      title: 'Actions',
      isTitleHidden: true,
      className: 'table__actions',
      cell: (user) => (
        <UserActions user={user} centres={centres} isCurrentUser={user.id === currentUserId} />
      ),
    },
  ];

  return (
    <>
      <div className="list-filters">
        <SearchBox
          label="Find a person"
          description="Name or email."
          {...search}
          noun={{ one: 'person', many: 'people' }}
        />
        <SelectField
          label="Role"
          options={ROLE_OPTIONS}
          value={role !== undefined && isRole(role) ? role : ANY_ROLE}
          onChange={(value) => filters.onChange('role', value === ANY_ROLE ? null : value)}
        />
        <CentreFilter centres={centres} filters={filters} />
      </div>
      <DataTable
        label="Users"
        columns={columns}
        items={users.data.items}
        sort={sort}
        empty="Nobody matches the search."
      />
      <Pager
        noun={{ one: 'person', many: 'people' }}
        {...pager}
        shown={users.data.items.length}
        total={users.data.total}
      />
    </>
  );
}
