import type { FieldError } from './errors';
import {
  calendarDay,
  emailAddress,
  group,
  list,
  nullable,
  number,
  optional,
  recordId,
  shapeProblems,
  text,
  type FieldRule,
} from './field-rules';
import {
  WITNESS_LIMITS,
  WITNESS_STATEMENT_DECLARATION,
  type CentreWitnessContent,
  type CreateWitnessRequest,
  type WitnessStatementSubmission,
} from './witness-testimony';

/** The rules of witness testimony's requests: the register, asking a witness, the statement. */

const yesOrNo = {
  check: (value: unknown) => (typeof value === 'boolean' ? null : 'must be true or false'),
} satisfies FieldRule;

export const CENTRE_WITNESS_RULES = {
  name: text(WITNESS_LIMITS.nameMaxLength),
  jobRole: text(WITNESS_LIMITS.jobRoleMaxLength),
  email: emailAddress(WITNESS_LIMITS.emailMaxLength),
  expert: yesOrNo,
  // An expert witness is one because of their occupational competence: it is noted with them.
  occupationalCompetence: {
    optional: (within) => within.expert !== true,
    check: (value, within) => {
      if (value === null || value === undefined || (typeof value === 'string' && !value.trim()))
        return within.expert === true ? 'must be filled in for an expert witness' : null;
      return text(WITNESS_LIMITS.competenceMaxLength).check(value);
    },
  },
} as const satisfies Record<keyof CentreWitnessContent, FieldRule>;

export const WITNESS_CLAIM_RULES = {
  unit: text(40),
  outcome: text(10),
  criterion: nullable(text(10)),
} as const;

export const WITNESS_REQUEST_RULES = {
  witnessId: optional(recordId('must be a witness of the centre’s register')),
  witness: optional(group(CENTRE_WITNESS_RULES)),
  relationship: text(WITNESS_LIMITS.relationshipMaxLength),
  claims: list({
    min: 1,
    max: WITNESS_LIMITS.claimsMax,
    tooFew: 'must name at least one learning outcome for the witness to describe',
    entries: WITNESS_CLAIM_RULES,
  }),
  message: optional(nullable(text(WITNESS_LIMITS.messageMaxLength, { min: 0 }))),
  validDays: optional(number({ min: 1, max: WITNESS_LIMITS.maxValidDays, step: 1 })),
  sendEmail: optional(yesOrNo),
} as const satisfies Record<keyof CreateWitnessRequest, FieldRule>;

export const WITNESS_STATEMENT_RULES = {
  statement: text(WITNESS_LIMITS.statementMaxLength),
  jobRole: text(WITNESS_LIMITS.jobRoleMaxLength),
  relationship: text(WITNESS_LIMITS.relationshipMaxLength),
  activityDate: calendarDay(),
  declaration: {
    check: (value: unknown) =>
      value === WITNESS_STATEMENT_DECLARATION ? null : 'must be the declaration exactly as shown',
  },
  confirmed: {
    check: (value: unknown) =>
      value === true ? null : 'must be ticked: you confirm the declaration is true',
  },
} as const satisfies Record<keyof WitnessStatementSubmission, FieldRule>;

/** The words for the fields of these requests (the forms' labels), by path. */
export const WITNESS_FIELD_NAMES: Readonly<Record<string, string>> = {
  name: 'Name',
  jobRole: 'Job role',
  email: 'Email address',
  expert: 'Expert witness',
  occupationalCompetence: 'Occupational competence',
  witnessId: 'Witness',
  'witness.name': 'Witness’s name',
  'witness.jobRole': 'Witness’s job role',
  'witness.email': 'Witness’s email address',
  'witness.expert': 'Expert witness',
  'witness.occupationalCompetence': 'Witness’s occupational competence',
  relationship: 'Relationship to the learner',
  claims: 'Learning outcomes',
  message: 'Message to the witness',
  validDays: 'Days the link stays valid',
  sendEmail: 'Send the link by email',
  statement: 'Statement',
  activityDate: 'Date',
  declaration: 'Declaration',
  confirmed: 'Confirmation',
};

/** A witness added to or changed in a centre's register. */
export function centreWitnessProblems(request: unknown): FieldError[] {
  return shapeProblems(CENTRE_WITNESS_RULES, request);
}

/** A request to a witness: one from the register or a new one, never both. */
export function witnessRequestProblems(request: unknown): FieldError[] {
  const problems = shapeProblems(WITNESS_REQUEST_RULES, request);
  if (problems.length > 0 || typeof request !== 'object' || request === null) return problems;
  const { witnessId, witness } = request as Partial<CreateWitnessRequest>;
  if (witnessId === undefined && witness === undefined)
    return [{ path: 'witnessId', message: 'must be chosen, or a new witness given' }];
  if (witnessId !== undefined && witness !== undefined)
    return [
      { path: 'witness', message: 'must be left out when a witness of the register is chosen' },
    ];
  return [];
}

/** A witness's statement as they send it (the date's place in time is the domain's rule). */
export function witnessStatementProblems(request: unknown): FieldError[] {
  return shapeProblems(WITNESS_STATEMENT_RULES, request);
}
