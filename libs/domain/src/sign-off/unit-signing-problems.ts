import type { SignOff, SignOffMatrix } from '@signoff/contracts';
import { newestSignOff, notCounting, signedTime, signOffState } from './sign-off-state';
import { rowName } from './signing-problems';

/** A signature on the unit as a whole: the assessor's sign-off, or the learner's countersignature. */
export type UnitSignatureKind = 'unit' | 'countersignature';

/**
 * Why the unit may not be signed as a whole now, in words; empty when it may. The assessor signs
 * the unit once every row is signed and counting, unless their sign-off already stands and is
 * no older than the last row's signature. The learner countersigns once, besides, the assessor's
 * sign-off stands and is no older than the last row's, unless their countersignature already
 * stands and is no older than that sign-off.
 */
export function unitSigningProblems(
  kind: UnitSignatureKind,
  matrix: SignOffMatrix,
  signOffs: readonly SignOff[],
): string[] {
  if (matrix.rows.length === 0) return ['The unit has no learning outcomes to sign off'];
  const rowProblems = matrix.rows.flatMap((row) => {
    const name = rowName(row);
    const problem = notCounting(
      row.state,
      `${name} is not signed yet`,
      `${name} must be signed again`,
    );
    return problem === null ? [] : [problem];
  });
  if (rowProblems.length > 0) return rowProblems;
  const lastRowSignedAt = Math.max(
    ...matrix.rows.map((row) =>
      row.state.status === 'signed' ? signedTime(row.state.signedAt) : 0,
    ),
  );
  const unitSignOff = standing('unit', matrix.unit, signOffs);
  if (kind === 'unit') {
    return unitSignOff !== null && signedTime(unitSignOff.signedAt) >= lastRowSignedAt
      ? ['The unit is already signed off']
      : [];
  }
  const newestUnitSignOff = newestOf('unit', matrix.unit, signOffs);
  const unitProblem = notCounting(
    signOffState(newestUnitSignOff),
    'The assessor has not signed the unit off yet',
    'The assessor must sign the unit off again',
  );
  if (unitProblem !== null) return [unitProblem];
  if (unitSignOff === null || signedTime(unitSignOff.signedAt) < lastRowSignedAt)
    return ['The assessor must sign the unit off again: rows were signed after it'];
  const countersignature = standing('countersignature', matrix.unit, signOffs);
  return countersignature !== null &&
    signedTime(countersignature.signedAt) >= signedTime(unitSignOff.signedAt)
    ? ['The unit is already countersigned']
    : [];
}

function newestOf(kind: UnitSignatureKind, unit: string, signOffs: readonly SignOff[]) {
  return newestSignOff(
    signOffs.filter((signOff) => signOff.kind === kind && signOff.unit === unit),
  );
}

/** The newest signature of the kind, if it counts. */
function standing(kind: UnitSignatureKind, unit: string, signOffs: readonly SignOff[]) {
  const newest = newestOf(kind, unit, signOffs);
  return signOffState(newest).status === 'signed' ? newest : null;
}
