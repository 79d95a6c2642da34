import type { SignOffKind, SignOffMatrixRow } from '@signoff/contracts';

export interface StatementSubject {
  kind: SignOffKind;
  /** The unit's reference. */
  unit: string;
  /** The rows signed (for a unit sign-off or a countersignature, none need be given). */
  rows: readonly Pick<SignOffMatrixRow, 'ref' | 'criterion'>[];
  learnerName: string;
}

/**
 * The words a signer agrees to, stored with the signature and covered by its hash: the assessor
 * confirms that the accepted evidence meets the rows signed (or, signing the unit, every
 * learning outcome of it) and that the assessment was valid, authentic, current and sufficient;
 * the learner confirms that the unit is complete and their own work.
 */
export function signingStatement(subject: StatementSubject): string {
  const unit = `unit ${subject.unit}`;
  switch (subject.kind) {
    case 'rows':
      return `I confirm that the accepted evidence listed meets ${rowsInWords(subject.rows)} of ${unit} for ${subject.learnerName}, and that the assessment was valid, authentic, current and sufficient.`;
    case 'unit':
      return `I confirm that ${subject.learnerName} has met every learning outcome of ${unit} on the accepted evidence listed, and that the assessment was valid, authentic, current and sufficient.`;
    case 'countersignature':
      return `I, ${subject.learnerName}, confirm that ${unit} is complete and my own work.`;
  }
}

/** "assessment criteria 1.1, 1.2 and learning outcome 3", in the matrix's order. */
function rowsInWords(rows: StatementSubject['rows']): string {
  const criteria = rows.filter((row) => row.criterion !== null).map((row) => row.ref);
  const outcomes = rows.filter((row) => row.criterion === null).map((row) => row.ref);
  return [
    listed(criteria, 'assessment criterion', 'assessment criteria'),
    listed(outcomes, 'learning outcome', 'learning outcomes'),
  ]
    .filter((words) => words !== null)
    .join(' and ');
}

function listed(refs: string[], one: string, many: string): string | null {
  if (refs.length === 0) return null;
  return `${refs.length === 1 ? one : many} ${refs.join(', ')}`;
}
