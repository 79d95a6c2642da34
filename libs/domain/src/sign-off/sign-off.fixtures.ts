import type {
  AcceptedEvidence,
  AssessmentMethod,
  EvidenceClaim,
  SignOff,
  SignOffKind,
} from '@signoff/contracts';
import { unit } from '../catalogue/qualification.fixtures';

/**
 * U1: outcome 1 must be directly observed and has criteria 1.1 and 1.2 (1.2 also by professional
 * discussion); outcome 2 has no criteria, so it is a row of its own.
 */
export const practiceUnit = {
  ...unit('U1', 10, {
    outcomes: [
      {
        number: '1',
        title: 'Lead a team',
        requiredMethods: ['direct_observation'],
        criteria: [
          { number: '1.1', title: 'Plan the work', requiredMethods: [] },
          { number: '1.2', title: 'Review it', requiredMethods: ['professional_discussion'] },
        ],
      },
      { number: '2', title: 'Reflect on practice', requiredMethods: [], criteria: [] },
    ],
  }),
  reference: 'U1',
};

export const mapTo = (outcome: string, criterion: string | null = null): EvidenceClaim => ({
  unit: 'U1',
  outcome,
  criterion,
});

export function accepted(
  versionId: string,
  method: AssessmentMethod,
  mapping: EvidenceClaim[],
): AcceptedEvidence {
  return {
    versionId,
    itemId: `item-${versionId}`,
    version: 1,
    title: `Evidence ${versionId}`,
    method,
    mapping,
    declarationSha256: `declaration-of-${versionId}`,
    fileSha256s: [`file-of-${versionId}`],
  };
}

const assessor = { id: 'assessor-1', displayName: 'Ada Assessor' };
const learner = { id: 'learner-1', displayName: 'Lee Learner' };

/** A signature at minute `minute` of a fixed day. */
export function signed(
  id: string,
  kind: SignOffKind,
  minute: number,
  extra: Partial<SignOff> = {},
): SignOff {
  return {
    id,
    kind,
    unit: 'U1',
    rows: [],
    signer: kind === 'countersignature' ? learner : assessor,
    signedAt: at(minute),
    reliedOn: [],
    revoked: null,
    flagged: null,
    ...extra,
  };
}

export const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute)).toISOString();

export const revokedAt = (minute: number) => ({
  at: at(minute),
  by: assessor,
  reason: 'Signed the wrong row',
});

export const flaggedAt = (minute: number) => ({
  at: at(minute),
  reason: 'Evidence this relied on was withdrawn',
});
