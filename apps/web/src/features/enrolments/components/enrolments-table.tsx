import type { EnrolmentSummary } from '@signoff/contracts';
import { Link } from 'react-router';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { SearchBox } from '../../../components/search-box';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useEnrolmentsPage, type EnrolmentsScope } from '../api/get-enrolments';
import { EnrolmentFilters } from './enrolment-filters';
import { StatusBadge } from './status-badge';

export interface EnrolmentsTableProps {
  /** The table's accessible name, e.g. "Your caseload". */
  label: string;
  /** Only these, e.g. one learner's, or the caseload; all the person may see when absent. */
  scope?: EnrolmentsScope;
  /** Said when there are none. */
  empty: string;
  /** Leave out the learner's name, e.g. on that learner's own page. */
  hideLearner?: boolean;
  /** Where each row leads; the enrolment's page when absent. */
  linkTo?: (enrolment: EnrolmentSummary) => string;
  /** Offer a search by learner, qualification, assessor or IQA and filters (in the address). */
  searchable?: boolean;
  /** With `searchable`: filters by assessor and IQA too (admins). */
  filtersByStaff?: boolean;
}

function qualificationOf(enrolment: EnrolmentSummary): string {
  return `${enrolment.qualification.title} (version ${enrolment.qualification.version})`;
}

export function EnrolmentsTable({
  label,
  scope,
  empty,
  hideLearner = false,
  linkTo,
  searchable = false,
  filtersByStaff = false,
}: EnrolmentsTableProps) {
  const {
    list: enrolments,
    pager,
    search,
    sort,
    filters,
    isNarrowed,
  } = useEnrolmentsPage(scope ?? {}, searchable);

  if (enrolments.isPending) return <p role="status">Loading enrolments…</p>;
  if (enrolments.isError) return <FormAlert message={describeError(enrolments.error)} />;
  if (enrolments.data.total === 0 && !isNarrowed) return <p>{empty}</p>;

  const to = (enrolment: EnrolmentSummary) =>
    linkTo ? linkTo(enrolment) : `/enrolments/${encodeURIComponent(enrolment.id)}`;
  const columns: DataColumn<EnrolmentSummary>[] = [
    hideLearner
      ? {
          id: 'qualification',
          title: 'Qualification',
          isRowHeader: true,
          allowsSorting: true,
          className: 'table__name',
          cell: (enrolment) => <Link to={to(enrolment)}>{qualificationOf(enrolment)}</Link>,
        }
      : {
          id: 'learner',
          title: 'Learner',
          isRowHeader: true,
          allowsSorting: true,
          className: 'table__name',
          cell: (enrolment) => <Link to={to(enrolment)}>{enrolment.learner.displayName}</Link>,
        },
    ...(hideLearner
      ? []
      : [
          {
            id: 'qualification',
            title: 'Qualification',
            allowsSorting: true,
            cell: qualificationOf,
          },
        ]),
    {
      id: 'status',
      title: 'Status',
      allowsSorting: true,
      cell: (enrolment) => <StatusBadge status={enrolment.status} />,
    },
    {
      id: 'awaitingAssessment',
      title: 'Awaiting assessment',
      cell: ({ awaitingAssessment }) =>
        awaitingAssessment === 0 ? (
          <span className="muted">none</span>
        ) : (
          <strong>
            {awaitingAssessment} item{awaitingAssessment === 1 ? '' : 's'}
          </strong>
        ),
    },
    {
      id: 'startDate',
      title: 'Dates',
      allowsSorting: true,
      cell: (enrolment) =>
        `${formatDay(enrolment.startDate)} to ${formatDay(enrolment.plannedEndDate)}`,
    },
    {
      id: 'assessor',
      title: 'Assessor',
      allowsSorting: true,
      cell: (enrolment) => enrolment.assessor.displayName,
    },
    {
      id: 'iqa',
      title: 'IQA',
      allowsSorting: true,
      cell: (enrolment) => enrolment.iqa.displayName,
    },
  ];

  return (
    <>
      {searchable ? (
        <div className="list-filters">
          <SearchBox
            label="Find an enrolment"
            description="Learner, qualification, pathway, assessor or IQA."
            {...search}
            noun={{ one: 'enrolment', many: 'enrolments' }}
          />
          <EnrolmentFilters {...filters} byStaff={filtersByStaff} />
        </div>
      ) : null}
      <DataTable
        label={label}
        columns={columns}
        items={enrolments.data.items}
        sort={searchable ? sort : undefined}
        empty="No enrolment matches the search and filters."
      />
      <Pager
        noun={{ one: 'enrolment', many: 'enrolments' }}
        {...pager}
        shown={enrolments.data.items.length}
        total={enrolments.data.total}
      />
    </>
  );
}
