import type { EnrolmentProgress, UnitProgressStatus } from '@signoff/contracts';

const STATUS_WORDS: Record<UnitProgressStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  achieved: 'Achieved',
};

export interface UnitProgressTableProps {
  progress: EnrolmentProgress;
}

/** Each unit of the qualification: planned or not, and how far its outcomes are signed off. */
export function UnitProgressTable({ progress }: UnitProgressTableProps) {
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
            Outcomes signed off
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {progress.units.map((unit) => (
          <tr role="row" key={unit.reference}>
            <th role="rowheader" scope="row">
              {unit.reference} <span className="table__subtitle">{unit.title}</span>
            </th>
            <td role="cell" data-label="Credits">
              {unit.credits ?? 'not stated'}
            </td>
            <td role="cell" data-label="In the plan">
              {unit.planned ? 'Yes' : 'No'}
            </td>
            <td role="cell" data-label="Progress">
              <span className={`badge badge--unit-${unit.status}`}>
                {STATUS_WORDS[unit.status]}
              </span>
            </td>
            <td role="cell" data-label="Outcomes signed off">
              {unit.outcomesSignedOff} of {unit.outcomesTotal}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
