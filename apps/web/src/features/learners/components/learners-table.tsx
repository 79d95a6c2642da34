import type { LearnerSummary } from '@signoff/contracts';
import { Link } from 'react-router';
import { CentreFilter } from '../../../components/centre-filter';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { SearchBox } from '../../../components/search-box';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useLearners } from '../api/get-learners';

const COLUMNS: readonly DataColumn<LearnerSummary>[] = [
  {
    id: 'name',
    title: 'Name',
    isRowHeader: true,
    allowsSorting: true,
    className: 'table__name',
    cell: (learner) => (
      <Link to={`/learners/${encodeURIComponent(learner.id)}`}>{learner.displayName}</Link>
    ),
  },
  {
    id: 'email',
    title: 'Email',
    allowsSorting: true,
    className: 'table__email',
    cell: (learner) => learner.email,
  },
  {
    id: 'dateOfBirth',
    title: 'Date of birth',
    allowsSorting: true,
    cell: (learner) => formatDay(learner.dateOfBirth),
  },
  {
    id: 'uln',
    title: 'ULN',
    allowsSorting: true,
    cell: (learner) => learner.uln ?? <span className="muted">none</span>,
  },
  {
    id: 'enrolments',
    title: 'Enrolments',
    allowsSorting: true,
    cell: (learner) => learner.enrolments,
  },
];

export interface LearnersTableProps {
  /** The centres the admin runs, to choose among when there are several. */
  centres: readonly { centreId: string; centreName: string }[];
}

export function LearnersTable({ centres }: LearnersTableProps) {
  const { list: learners, pager, search, sort, filters, isNarrowed } = useLearners();

  if (learners.isPending) return <p role="status">Loading learners…</p>;
  if (learners.isError) return <FormAlert message={describeError(learners.error)} />;
  if (learners.data.total === 0 && !isNarrowed)
    return <p>No learners yet. Add the first one, or import several from a CSV file.</p>;

  return (
    <>
      <div className="list-filters">
        <SearchBox
          label="Find a learner"
          description="Name, email or ULN."
          {...search}
          noun={{ one: 'learner', many: 'learners' }}
        />
        <CentreFilter centres={centres} filters={filters} />
      </div>
      <DataTable
        label="Learners"
        columns={COLUMNS}
        items={learners.data.items}
        sort={sort}
        empty="No learner matches the search."
      />
      <Pager
        noun={{ one: 'learner', many: 'learners' }}
        {...pager}
        shown={learners.data.items.length}
        total={learners.data.total}
      />
    </>
  );
}
