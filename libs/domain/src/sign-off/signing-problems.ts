import {
  ASSESSMENT_METHODS,
  type AssessmentMethod,
  type SignOffMatrixRow,
  type SigningProblem,
} from '@signoff/contracts';

/**
 * A row may be signed only when accepted evidence covers it and every method it must be assessed
 * by is among that evidence's methods; a row already signed and counting needs no second
 * signature (after a revocation or a flag it may be signed again).
 */
export function mayBeSigned(row: SignOffMatrixRow): boolean {
  return rowProblems(row).length === 0;
}

/** Why the rows picked (by reference) may not be signed, each naming its row; empty when they may. */
export function signingProblems(
  rows: readonly SignOffMatrixRow[],
  selected: readonly string[],
): SigningProblem[] {
  return [...new Set(selected)].flatMap((ref) => {
    const row = rows.find((candidate) => candidate.ref === ref);
    if (!row)
      return [
        {
          row: ref,
          code: 'unknown_row' as const,
          method: null,
          message: `${ref} is not a criterion or outcome of this unit`,
        },
      ];
    return rowProblems(row);
  });
}

/** "Criterion 1.2", or "Outcome 3" for an outcome without criteria. */
export function rowName(row: Pick<SignOffMatrixRow, 'ref' | 'criterion'>): string {
  return `${row.criterion === null ? 'Outcome' : 'Criterion'} ${row.ref}`;
}

function rowProblems(row: SignOffMatrixRow): SigningProblem[] {
  const name = rowName(row);
  if (row.state.status === 'signed')
    return [
      {
        row: row.ref,
        code: 'already_signed',
        method: null,
        message: `${name} is already signed`,
      },
    ];
  if (row.evidence.length === 0)
    return [
      {
        row: row.ref,
        code: 'no_accepted_evidence',
        method: null,
        message: `${name} has no accepted evidence mapped to it yet`,
      },
    ];
  return row.missingMethods.map((method) => ({
    row: row.ref,
    code: 'missing_method' as const,
    method,
    message: `${name} needs accepted evidence by ${methodInWords(method)}`,
  }));
}

function methodInWords(method: AssessmentMethod): string {
  const { title } = ASSESSMENT_METHODS[method];
  return title.charAt(0).toLowerCase() + title.slice(1);
}
