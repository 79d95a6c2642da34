import {
  ASSESSMENT_METHODS,
  type SignOffMatrixRow,
  type SignOffRecord,
  type SignOffRowState,
  type UnitSignOffView,
} from '@signoff/contracts';
import { rowName, signingProblems } from '@signoff/domain';
import { formatMoment } from '../../../lib/dates';
import type { Signing } from '../api/sign';

/** Whether the assessor may tick a row now, and if not, why, in a few words. */
export type RowChoice = { selectable: true } | { selectable: false; reason: string };

/**
 * The API says which rows may be signed now (`can.signRows`); the rule of libs/domain says why
 * the others may not, so the reason shown is the one the API would give.
 */
export function rowChoice(row: SignOffMatrixRow, signable: readonly string[]): RowChoice {
  if (signable.includes(row.ref)) return { selectable: true };
  const [problem, ...more] = signingProblems([row], [row.ref]);
  if (problem === undefined) return { selectable: false, reason: 'Cannot be signed now' };
  switch (problem.code) {
    case 'already_signed':
      return { selectable: false, reason: 'Already signed' };
    case 'no_accepted_evidence':
      return { selectable: false, reason: 'No accepted evidence yet' };
    default: {
      const methods = [problem, ...more].flatMap(({ method }) =>
        method ? [ASSESSMENT_METHODS[method].title.toLowerCase()] : [],
      );
      return { selectable: false, reason: `Needs ${methods.join(' and ')}` };
    }
  }
}

export interface StateInWords {
  /** "Signed", "Not signed", "Revoked", "Flagged". */
  label: string;
  tone: 'signed' | 'unsigned' | 'revoked' | 'flagged';
  /** Who signed and when, and what became of it. */
  details: string[];
}

/** A signature's state as the page says it: never by colour alone. */
export function stateInWords(state: SignOffRowState): StateInWords {
  if (state.status === 'unsigned') return { label: 'Not signed', tone: 'unsigned', details: [] };
  const signedBy = `Signed by ${state.signedBy.displayName}, ${formatMoment(state.signedAt)}`;
  switch (state.status) {
    case 'signed':
      return { label: 'Signed', tone: 'signed', details: [signedBy] };
    case 'revoked':
      return {
        label: 'Revoked',
        tone: 'revoked',
        details: [
          signedBy,
          `Revoked by ${state.revokedBy.displayName}, ${formatMoment(state.revokedAt)}: ${state.reason}`,
        ],
      };
    case 'flagged':
      return {
        label: 'Flagged',
        tone: 'flagged',
        details: [signedBy, `Flagged ${formatMoment(state.flaggedAt)}: ${state.reason}`],
      };
  }
}

/** "1.2 Plan the work", or "Outcome 3: Lead change" for an outcome without criteria. */
export function rowTitle(row: Pick<SignOffMatrixRow, 'ref' | 'criterion' | 'title'>): string {
  return `${rowName(row)}: ${row.title}`;
}

/**
 * What the person agrees to by signing, in their words, before they give their password; the API
 * writes the statement kept with the signature.
 */
export function signingStatement(view: UnitSignOffView, signing: Signing): string {
  const unit = `unit ${view.unit.reference}, ${view.unit.title}`;
  const learner = view.learner.displayName;
  switch (signing.kind) {
    case 'rows': {
      const count = signing.rows.length;
      return `I confirm that ${learner} has met ${count === 1 ? 'this' : `these ${count}`} of ${unit}, on the accepted evidence mapped to ${count === 1 ? 'it' : 'them'}:`;
    }
    case 'unit':
      return `I confirm that ${learner} has met every learning outcome of ${unit}, each signed off on the accepted evidence shown.`;
    case 'countersignature': {
      const assessor =
        view.unitSignOff.status === 'unsigned'
          ? 'my assessor'
          : view.unitSignOff.signedBy.displayName;
      return `I confirm that ${assessor} assessed my evidence for ${unit} and signed it off, and that the evidence is my own work.`;
    }
  }
}

/** What the page announces once a signature is written. */
export function signedNotice(view: UnitSignOffView, signing: Signing): string {
  const unit = `${view.unit.reference} ${view.unit.title}`;
  switch (signing.kind) {
    case 'rows':
      return `Signed ${signing.rows.length} row${signing.rows.length === 1 ? '' : 's'} of ${unit}.`;
    case 'unit':
      return `Signed the unit ${unit}. ${view.learner.displayName} can now countersign it.`;
    case 'countersignature':
      return `Countersigned ${unit}.`;
  }
}

/** What a signature signed, in a few words: "rows 1.1 and 1.2 of QC28074-2". */
export function signedWhat({
  kind,
  rows,
  unit,
}: Pick<SignOffRecord, 'kind' | 'rows' | 'unit'>): string {
  switch (kind) {
    case 'rows': {
      const refs =
        rows.length === 1
          ? rows[0]
          : `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
      return `${rows.length === 1 ? 'row' : 'rows'} ${refs} of ${unit}`;
    }
    case 'unit':
      return `the unit ${unit} as a whole`;
    case 'countersignature':
      return `the countersignature of ${unit}`;
  }
}

/**
 * What is missing, said to the learner reading their own unit: the domain words it in the third
 * person ("The learner has not countersigned the unit yet"), to the learner it is "You have not…".
 */
export function missingToReader(missing: string, isLearner: boolean): string {
  if (!isLearner) return missing;
  return missing
    .replace(/^The learner has /, 'You have ')
    .replace(/^The learner must /, 'You must ');
}
