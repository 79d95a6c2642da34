import type {
  SignOff,
  SignOffKind,
  SignOffMatrix,
  SignOffRowState,
  UnitAchievement,
} from '@signoff/contracts';
import { newestSignOff, notCounting, signedTime, signOffState } from './sign-off-state';
import { rowName } from './signing-problems';

/**
 * The three steps to a unit's achievement, each with what it still needs in words (none once it
 * counts): every row of the matrix signed and counting; the assessor's sign-off of the unit, after
 * the last of those rows; the learner's countersignature, after the assessor's. With the newest
 * unit sign-off's and countersignature's states, so a reader can tell revoked from flagged.
 */
export interface UnitSignOffSteps {
  rows: string[];
  unitSignOff: string | null;
  countersignature: string | null;
  unitSignOffState: SignOffRowState;
  countersignatureState: SignOffRowState;
}

export function unitSignOffSteps(
  matrix: SignOffMatrix,
  signOffs: readonly SignOff[],
): UnitSignOffSteps {
  const rows: string[] = [];
  if (matrix.rows.length === 0) rows.push('The unit has no learning outcomes to sign off');
  for (const row of matrix.rows) {
    const name = rowName(row);
    const problem = notCounting(
      row.state,
      `${name} is not signed yet`,
      `${name} must be signed again`,
    );
    if (problem) rows.push(problem);
  }
  const lastRowSignedAt = Math.max(
    ...matrix.rows.map((row) =>
      row.state.status === 'unsigned' ? 0 : signedTime(row.state.signedAt),
    ),
  );

  const newest = (kind: SignOffKind) =>
    newestSignOff(
      signOffs.filter((signOff) => signOff.kind === kind && signOff.unit === matrix.unit),
    );
  const unitSignOff = newest('unit');
  const countersignature = newest('countersignature');
  const unitSignOffState = signOffState(unitSignOff);
  const countersignatureState = signOffState(countersignature);

  let unitProblem = notCounting(
    unitSignOffState,
    'The assessor has not signed the unit yet',
    'The assessor must sign the unit again',
  );
  if (!unitProblem && unitSignOff && signedTime(unitSignOff.signedAt) < lastRowSignedAt)
    unitProblem = 'The assessor must sign the unit again: rows were signed after it';
  let counterProblem = notCounting(
    countersignatureState,
    'The learner has not countersigned the unit yet',
    'The learner must countersign the unit again',
  );
  if (
    !counterProblem &&
    countersignature &&
    unitSignOff &&
    signedTime(countersignature.signedAt) < signedTime(unitSignOff.signedAt)
  )
    counterProblem =
      'The learner must countersign the unit again: the assessor signed it after them';

  return {
    rows,
    unitSignOff: unitProblem,
    countersignature: counterProblem,
    unitSignOffState,
    countersignatureState,
  };
}

/**
 * A unit is achieved when every row of its matrix is signed and counting, the assessor has
 * signed the unit after the last of those rows, and the learner has countersigned after the
 * assessor, none of it revoked or flagged. Otherwise each thing missing is said in words.
 */
export function unitAchievement(
  matrix: SignOffMatrix,
  signOffs: readonly SignOff[],
): UnitAchievement {
  const steps = unitSignOffSteps(matrix, signOffs);
  const missing = [...steps.rows];
  if (steps.unitSignOff) missing.push(steps.unitSignOff);
  if (steps.countersignature) missing.push(steps.countersignature);
  return {
    achieved: missing.length === 0,
    rowsSigned: matrix.rows.filter((row) => row.state.status === 'signed').length,
    rowsTotal: matrix.rows.length,
    missing,
  };
}
