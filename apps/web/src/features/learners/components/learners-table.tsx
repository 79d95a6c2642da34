import { Link } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { ListSearch } from '../../../components/list-search';
import { Pager } from '../../../components/pager';
import { useListSearch } from '../../../hooks/use-list-search';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { useLearners } from '../api/get-learners';

/*
 * Explicit roles keep the table's meaning for screen readers when narrow screens restyle the
 * rows as cards, as the users table does.
 */
export function LearnersTable() {
  const { list: learners, pager } = useLearners();
  const search = useListSearch(learners.data?.items ?? [], (learner) => [
    learner.displayName,
    learner.email,
    learner.uln,
  ]);

  if (learners.isPending) return <p role="status">Loading learners…</p>;
  if (learners.isError) return <FormAlert message={describeError(learners.error)} />;
  if (learners.data.total === 0)
    return <p>No learners yet. Add the first one, or import several from a CSV file.</p>;

  const { shown } = search;
  return (
    <ListSearch
      label="Find a learner"
      description="Name, email or ULN."
      {...search.box}
      noun="learners"
      noMatch="No learner matches the search."
    >
      <table className="table" role="table" aria-label="Learners">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Name
            </th>
            <th role="columnheader" scope="col">
              Email
            </th>
            <th role="columnheader" scope="col">
              Date of birth
            </th>
            <th role="columnheader" scope="col">
              ULN
            </th>
            <th role="columnheader" scope="col">
              Enrolments
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {shown.map((learner) => (
            <tr role="row" key={learner.id}>
              <th role="rowheader" scope="row" className="table__name">
                <Link to={`/learners/${encodeURIComponent(learner.id)}`}>
                  {learner.displayName}
                </Link>
              </th>
              <td role="cell" data-label="Email" className="table__email">
                {learner.email}
              </td>
              <td role="cell" data-label="Date of birth">
                {formatDay(learner.dateOfBirth)}
              </td>
              <td role="cell" data-label="ULN">
                {learner.uln ?? <span className="muted">none</span>}
              </td>
              <td role="cell" data-label="Enrolments">
                {learner.enrolments}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pager ? (
        <Pager
          noun="learners"
          {...pager}
          shown={learners.data.items.length}
          total={learners.data.total}
        />
      ) : null}
    </ListSearch>
  );
}
