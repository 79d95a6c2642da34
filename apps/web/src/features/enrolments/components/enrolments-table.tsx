import type { EnrolmentSummary } from '@signoff/contracts';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { ListSearch } from '../../../components/list-search';
import { Pager } from '../../../components/pager';
import { useListSearch } from '../../../hooks/use-list-search';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useEnrolmentsPage } from '../api/get-enrolments';
import { StatusBadge } from './status-badge';

export interface EnrolmentsTableProps {
  /** The table's accessible name, e.g. "Your caseload". */
  label: string;
  /** Only these, e.g. one learner's; all the person may see when absent. */
  filter?: (enrolment: EnrolmentSummary) => boolean;
  /** Said when there are none. */
  empty: string;
  /** Leave out the learner's name, e.g. on that learner's own page. */
  hideLearner?: boolean;
  /** Where each row leads; the enrolment's page when absent. */
  linkTo?: (enrolment: EnrolmentSummary) => string;
  /** Offer a search by learner, qualification, assessor or IQA (`?q=` in the address). */
  searchable?: boolean;
}

/*
 * Explicit roles keep the table's meaning for screen readers when narrow screens restyle the
 * rows as cards, as the users table does.
 */
export function EnrolmentsTable({
  label,
  filter,
  empty,
  hideLearner = false,
  linkTo,
  searchable = false,
}: EnrolmentsTableProps) {
  const { list: enrolments, pager } = useEnrolmentsPage({ whole: filter !== undefined });
  const rows = enrolments.data?.items;
  const held = (filter ? rows?.filter(filter) : rows) ?? [];
  const search = useListSearch(held, (enrolment) => [
    enrolment.learner.displayName,
    enrolment.qualification.title,
    enrolment.pathway,
    enrolment.assessor.displayName,
    enrolment.iqa.displayName,
  ]);

  if (enrolments.isPending) return <p role="status">Loading enrolments…</p>;
  if (enrolments.isError) return <FormAlert message={describeError(enrolments.error)} />;
  if (held.length === 0) return <p>{empty}</p>;
  const shown = searchable ? search.shown : held;

  const table = (
    <table className="table" role="table" aria-label={label}>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">
            {hideLearner ? 'Qualification' : 'Learner'}
          </th>
          {hideLearner ? null : (
            <th role="columnheader" scope="col">
              Qualification
            </th>
          )}
          <th role="columnheader" scope="col">
            Status
          </th>
          <th role="columnheader" scope="col">
            Awaiting assessment
          </th>
          <th role="columnheader" scope="col">
            Dates
          </th>
          <th role="columnheader" scope="col">
            Assessor
          </th>
          <th role="columnheader" scope="col">
            IQA
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {shown.map((enrolment) => {
          const to = linkTo ? linkTo(enrolment) : `/enrolments/${encodeURIComponent(enrolment.id)}`;
          const qualification = `${enrolment.qualification.title} (version ${enrolment.qualification.version})`;
          return (
            <tr role="row" key={enrolment.id}>
              <th role="rowheader" scope="row" className="table__name">
                <Link to={to}>{hideLearner ? qualification : enrolment.learner.displayName}</Link>
              </th>
              {hideLearner ? null : (
                <td role="cell" data-label="Qualification">
                  {qualification}
                </td>
              )}
              <td role="cell" data-label="Status">
                <StatusBadge status={enrolment.status} />
              </td>
              <td role="cell" data-label="Awaiting assessment">
                {enrolment.awaitingAssessment === 0 ? (
                  <span className="muted">none</span>
                ) : (
                  <strong>
                    {enrolment.awaitingAssessment} item
                    {enrolment.awaitingAssessment === 1 ? '' : 's'}
                  </strong>
                )}
              </td>
              <td role="cell" data-label="Dates">
                {formatDay(enrolment.startDate)} to {formatDay(enrolment.plannedEndDate)}
              </td>
              <td role="cell" data-label="Assessor">
                {enrolment.assessor.displayName}
              </td>
              <td role="cell" data-label="IQA">
                {enrolment.iqa.displayName}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  const paged = pager ? (
    <>
      {table}
      <Pager noun="enrolments" {...pager} shown={held.length} total={enrolments.data?.total ?? 0} />
    </>
  ) : (
    table
  );
  return searchable ? (
    <ListSearch
      label="Find an enrolment"
      description="Learner, qualification, pathway, assessor or IQA."
      {...search.box}
      noun="enrolments"
      noMatch="No enrolment matches the search."
    >
      {paged}
    </ListSearch>
  ) : (
    paged
  );
}
