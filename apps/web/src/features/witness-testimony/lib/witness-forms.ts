import {
  centreWitnessProblems,
  WITNESS_LIMITS,
  WITNESS_STATEMENT_DECLARATION,
  witnessRequestProblems,
  witnessStatementProblems,
  type CentreWitness,
  type CentreWitnessContent,
  type CreateWitnessRequest,
  type EvidenceClaim,
  type FieldError,
  type WitnessPage,
  type WitnessStatementSubmission,
} from '@signoff/contracts';
import { witnessStatementDateProblems } from '@signoff/domain';

/** A witness as the register's form (and the "someone new" part of asking) holds them. */
export interface WitnessAnswers {
  name: string;
  jobRole: string;
  email: string;
  expert: boolean;
  occupationalCompetence: string;
}

export const NO_WITNESS: WitnessAnswers = {
  name: '',
  jobRole: '',
  email: '',
  expert: false,
  occupationalCompetence: '',
};

export function witnessAnswersOf(witness: CentreWitness): WitnessAnswers {
  return {
    name: witness.name,
    jobRole: witness.jobRole,
    email: witness.email,
    expert: witness.expert,
    occupationalCompetence: witness.occupationalCompetence ?? '',
  };
}

/** Competence is noted for an expert witness only: for anyone else it is left out. */
export function toCentreWitnessContent(answers: WitnessAnswers): CentreWitnessContent {
  return {
    name: answers.name.trim(),
    jobRole: answers.jobRole.trim(),
    email: answers.email.trim(),
    expert: answers.expert,
    occupationalCompetence: answers.expert ? answers.occupationalCompetence.trim() : null,
  };
}

/** The register's form, by the rules the API checks it with. */
export function witnessFormProblems(answers: WitnessAnswers): FieldError[] {
  return centreWitnessProblems(toCentreWitnessContent(answers));
}

/** Who is asked: someone already in the centre's register, or someone new (added to it). */
export type WitnessSource = 'register' | 'new';

export interface WitnessRequestAnswers {
  source: WitnessSource;
  /** The register's witness, when `source` is the register. */
  witnessId: string | null;
  /** The new witness, when `source` is new. */
  witness: WitnessAnswers;
  relationship: string;
  claims: EvidenceClaim[];
  message: string;
  /** As typed: a whole number of days. */
  validDays: string;
  sendEmail: boolean;
}

export function newWitnessRequestAnswers(source: WitnessSource): WitnessRequestAnswers {
  return {
    source,
    witnessId: null,
    witness: NO_WITNESS,
    relationship: '',
    claims: [],
    message: '',
    validDays: String(WITNESS_LIMITS.defaultValidDays),
    sendEmail: false,
  };
}

/** A typed number of days; anything but digits is no number, which the rule words. */
function days(typed: string): number {
  const trimmed = typed.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function toCreateWitnessRequest(answers: WitnessRequestAnswers): CreateWitnessRequest {
  const message = answers.message.trim();
  return {
    ...(answers.source === 'register'
      ? { witnessId: answers.witnessId ?? '' }
      : { witness: toCentreWitnessContent(answers.witness) }),
    relationship: answers.relationship.trim(),
    claims: answers.claims,
    ...(message ? { message } : {}),
    validDays: days(answers.validDays),
    sendEmail: answers.sendEmail,
  };
}

/** The request to a witness, by the rules the API checks it with. */
export function witnessRequestFormProblems(answers: WitnessRequestAnswers): FieldError[] {
  return witnessRequestProblems(toCreateWitnessRequest(answers));
}

/** The witness's statement as their page's form holds it. */
export interface StatementAnswers {
  statement: string;
  jobRole: string;
  relationship: string;
  activityDate: string;
  confirmed: boolean;
}

/** The job role and relationship start as the asker gave them; the witness corrects them. */
export function startingStatement(page: WitnessPage): StatementAnswers {
  return {
    statement: '',
    jobRole: page.witness.jobRole,
    relationship: page.witness.relationship,
    activityDate: '',
    confirmed: false,
  };
}

export function toStatementSubmission(answers: StatementAnswers): WitnessStatementSubmission {
  return {
    statement: answers.statement.trim(),
    jobRole: answers.jobRole.trim(),
    relationship: answers.relationship.trim(),
    activityDate: answers.activityDate,
    declaration: WITNESS_STATEMENT_DECLARATION,
    // The box's value, as ticked or not: the rule words an unticked one.
    confirmed: answers.confirmed as true,
  };
}

/** The statement by the API's rules, the date (once it is one) not after today at `now`. */
export function statementFormProblems(now: () => Date) {
  return (answers: StatementAnswers): FieldError[] => {
    const problems = witnessStatementProblems(toStatementSubmission(answers));
    if (problems.some((problem) => problem.path === 'activityDate')) return problems;
    return [...problems, ...witnessStatementDateProblems(answers.activityDate, now())];
  };
}
