import { Link } from 'react-router';
import { FormAlert } from '../../../components/form-alert';
import { Pager } from '../../../components/pager';
import { describeError } from '../../../lib/error-messages';
import { useQualifications } from '../api/get-qualifications';
import { orNotStated } from '../../../lib/not-stated';
import { VersionBadge } from './version-badge';

export interface QualificationsTableProps {
  isAdmin: boolean;
}

/*
 * Explicit roles keep the table's meaning for screen readers when narrow screens restyle the
 * rows as cards, as the users table does.
 */
export function QualificationsTable({ isAdmin }: QualificationsTableProps) {
  const { list: qualifications, pager } = useQualifications();

  if (qualifications.isPending) return <p role="status">Loading qualifications…</p>;
  if (qualifications.isError) return <FormAlert message={describeError(qualifications.error)} />;
  if (qualifications.data.total === 0) {
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
      <table className="table" role="table" aria-label="Qualifications">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Title
            </th>
            <th role="columnheader" scope="col">
              Awarding body
            </th>
            <th role="columnheader" scope="col">
              Code
            </th>
            <th role="columnheader" scope="col">
              Level
            </th>
            <th role="columnheader" scope="col">
              Credits
            </th>
            <th role="columnheader" scope="col">
              Status
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {qualifications.data.items.map((qualification) => (
            <tr role="row" key={qualification.id}>
              <th role="rowheader" scope="row" className="table__name">
                <Link to={`/qualifications/${encodeURIComponent(qualification.id)}`}>
                  {qualification.title}
                </Link>
              </th>
              <td role="cell" data-label="Awarding body">
                {orNotStated(qualification.awardingBody)}
              </td>
              <td role="cell" data-label="Code">
                {orNotStated(qualification.code)}
              </td>
              <td role="cell" data-label="Level">
                {orNotStated(qualification.level)}
              </td>
              <td role="cell" data-label="Credits">
                {orNotStated(qualification.totalCredits)}
              </td>
              <td role="cell" data-label="Status">
                <span className="badge-row">
                  {qualification.publishedVersion !== null ? (
                    <VersionBadge status="published" number={qualification.publishedVersion} />
                  ) : null}
                  {qualification.draftVersion !== null ? (
                    <VersionBadge status="draft" number={qualification.draftVersion} />
                  ) : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pager ? (
        <Pager
          noun="qualifications"
          {...pager}
          shown={qualifications.data.items.length}
          total={qualifications.data.total}
        />
      ) : null}
    </>
  );
}
