import type {
  SignOff,
  SignOffKind,
  SignOffMatrix,
  SignOffRowState,
  UnitAchievement,
} from '@signoff/contracts';
import { newestSignOff, signOffState } from './sign-off-state';
import { rowName } from './signing-problems';

/**
 * A unit is achieved when every row of its matrix is signed and counting, the assessor has
 * signed the unit after the last of those rows, and the learner has countersigned after the
 * assessor, none of it revoked or flagged. Otherwise each thing missing is said in words.
 */
export function unitAchievement(
  matrix: SignOffMatrix,
  signOffs: readonly SignOff[],
): UnitAchievement {
  const missing: string[] = [];
  if (matrix.rows.length === 0) missing.push('The unit has no learning outcomes to sign off');
  for (const row of matrix.rows) {
    const name = rowName(row);
    const problem = stillToSign(
      row.state,
      `${name} is not signed yet`,
      `${name} must be signed again`,
    );
    if (problem) missing.push(problem);
  }
  const rowsSigned = matrix.rows.filter((row) => row.state.status === 'signed').length;
  const lastRowSignedAt = Math.max(
    ...matrix.rows.map((row) => (row.state.status === 'unsigned' ? 0 : time(row.state.signedAt))),
  );

  const newest = (kind: SignOffKind) =>
    newestSignOff(
      signOffs.filter((signOff) => signOff.kind === kind && signOff.unit === matrix.unit),
    );
  const unitSignOff = newest('unit');
  const countersignature = newest('countersignature');
  const unitProblem = stillToSign(
    signOffState(unitSignOff),
    'The assessor has not signed the unit yet',
    'The assessor must sign the unit again',
  );
  if (unitProblem) missing.push(unitProblem);
  else if (unitSignOff && time(unitSignOff.signedAt) < lastRowSignedAt)
    missing.push('The assessor must sign the unit again: rows were signed after it');
  const counterProblem = stillToSign(
    signOffState(countersignature),
    'The learner has not countersigned the unit yet',
    'The learner must countersign the unit again',
  );
  if (counterProblem) missing.push(counterProblem);
  else if (
    countersignature &&
    unitSignOff &&
    time(countersignature.signedAt) < time(unitSignOff.signedAt)
  )
    missing.push('The learner must countersign the unit again: the assessor signed it after them');

  return {
    achieved: missing.length === 0,
    rowsSigned,
    rowsTotal: matrix.rows.length,
    missing,
  };
}

function stillToSign(state: SignOffRowState, unsigned: string, again: string): string | null {
  switch (state.status) {
    case 'signed':
      return null;
    case 'unsigned':
      return unsigned;
    case 'revoked':
      return `${again}: the signature was revoked (${state.reason})`;
    case 'flagged':
      return `${again}: the signature was flagged (${state.reason})`;
  }
}

function time(iso: string): number {
  return Date.parse(iso);
}
