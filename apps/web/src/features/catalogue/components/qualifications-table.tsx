import type { QualificationSummary } from '@signoff/contracts';
import { Link } from 'react-router';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { SearchBox } from '../../../components/search-box';
import { describeError } from '../../../lib/error-messages';
import { orNotStated } from '../../../lib/not-stated';
import { useQualifications } from '../api/get-qualifications';
import { VersionBadge } from './version-badge';

const COLUMNS: readonly DataColumn<QualificationSummary>[] = [
  {
    id: 'title',
    title: 'Title',
    isRowHeader: true,
    allowsSorting: true,
    className: 'table__name',
    cell: (qualification) => (
      <Link to={`/qualifications/${encodeURIComponent(qualification.id)}`}>
        {qualification.title}
      </Link>
    ),
  },
  {
    id: 'awardingBody',
    title: 'Awarding body',
    allowsSorting: true,
    cell: (qualification) => orNotStated(qualification.awardingBody),
  },
  {
    id: 'code',
    title: 'Code',
    allowsSorting: true,
    cell: (qualification) => orNotStated(qualification.code),
  },
  {
    id: 'level',
    title: 'Level',
    allowsSorting: true,
    cell: (qualification) => orNotStated(qualification.level),
  },
  {
    id: 'credits',
    title: 'Credits',
    cell: (qualification) => orNotStated(qualification.totalCredits),
  },
  {
    id: 'status',
    title: 'Status',
    cell: (qualification) => (
      <span className="badge-row">
        {qualification.publishedVersion !== null ? (
          <VersionBadge status="published" number={qualification.publishedVersion} />
        ) : null}
        {qualification.draftVersion !== null ? (
          <VersionBadge status="draft" number={qualification.draftVersion} />
        ) : null}
      </span>
    ),
  },
];

export interface QualificationsTableProps {
  isAdmin: boolean;
}

export function QualificationsTable({ isAdmin }: QualificationsTableProps) {
  const { list: qualifications, pager, search, sort, isNarrowed } = useQualifications();

  if (qualifications.isPending) return <p role="status">Loading qualifications…</p>;
  if (qualifications.isError) return <FormAlert message={describeError(qualifications.error)} />;
  if (qualifications.data.total === 0 && !isNarrowed) {
    return (
      <p>
        {isAdmin
          ? 'No qualifications yet. Import the first one from a catalogue file.'
          : 'No qualifications have been published yet.'}
      </p>
    );
  }

  return (
    <>
      <SearchBox
        label="Find a qualification"
        description="Title, code or awarding body."
        {...search}
        noun={{ one: 'qualification', many: 'qualifications' }}
      />
      <DataTable
        label="Qualifications"
        columns={COLUMNS}
        items={qualifications.data.items}
        sort={sort}
        empty="No qualification matches the search."
      />
      <Pager
        noun={{ one: 'qualification', many: 'qualifications' }}
        {...pager}
        shown={qualifications.data.items.length}
        total={qualifications.data.total}
      />
    </>
  );
}
