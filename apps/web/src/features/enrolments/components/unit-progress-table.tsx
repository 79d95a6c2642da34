import type { EnrolmentProgress } from '@signoff/contracts';
import { Link } from 'react-router';
import { ProgressBar } from '../../../components/progress-bar';
import { UnitProgressBadge } from '../../../components/unit-progress-status';

export interface UnitProgressTableProps {
  enrolmentId: string;
  progress: EnrolmentProgress;
}

/**
 * Each unit of the qualification: planned or not, where it stands, how many rows of its sign-off
 * matrix have accepted evidence and how many are signed; each unit leads to its sign-off page.
 */
export function UnitProgressTable({ enrolmentId, progress }: UnitProgressTableProps) {
  return (
    <table className="table" role="table" aria-label="Units and progress">
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">
            Unit
          </th>
          <th role="columnheader" scope="col">
            Credits
          </th>
          <th role="columnheader" scope="col">
            In the plan
          </th>
          <th role="columnheader" scope="col">
            Progress
          </th>
          <th role="columnheader" scope="col">
            Rows with evidence
          </th>
          <th role="columnheader" scope="col">
            Rows signed
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {progress.units.map((unit) => (
          <tr role="row" key={unit.reference}>
            <th role="rowheader" scope="row">
              <Link
                to={`/enrolments/${encodeURIComponent(enrolmentId)}/units/${encodeURIComponent(unit.reference)}`}
              >
                {unit.reference}
              </Link>{' '}
              <span className="table__subtitle">{unit.title}</span>
            </th>
            <td role="cell" data-label="Credits">
              {unit.credits ?? 'not stated'}
            </td>
            <td role="cell" data-label="In the plan">
              {unit.planned ? 'Yes' : 'No'}
            </td>
            <td role="cell" data-label="Progress">
              <UnitProgressBadge status={unit.status} />
            </td>
            <td role="cell" data-label="Rows with evidence">
              {unit.rowsEvidenced} of {unit.rowsTotal}
            </td>
            <td role="cell" data-label="Rows signed" className="table__progress">
              <ProgressBar
                label={`Rows signed in ${unit.reference}`}
                value={unit.rowsSigned}
                maxValue={unit.rowsTotal}
                valueText={`${unit.rowsSigned} of ${unit.rowsTotal}`}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
