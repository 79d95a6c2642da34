import type {
  AcceptedEvidence,
  EnrolmentProgress,
  QualificationDocument,
  SignOff,
  SignOffMatrix,
  SignOffRowState,
  UnitProgress,
  UnitProgressFlag,
  UnitProgressStatus,
} from '@signoff/contracts';
import { evaluateRules } from '../catalogue/evaluate-rules';
import { signOffMatrix } from '../sign-off/sign-off-matrix';
import { rowName } from '../sign-off/signing-problems';
import {
  unitAchievement,
  unitSignOffSteps,
  type UnitSignOffSteps,
} from '../sign-off/unit-achievement';

/** Everything signing rests on for one enrolment: its accepted evidence and every signature. */
export interface SignOffGround {
  accepted: readonly AcceptedEvidence[];
  signOffs: readonly SignOff[];
}

/**
 * What progress reads besides: the units the learner's evidence claims, of every item whose
 * newest version is submitted or accepted (not drafts), before any assessor has mapped it.
 */
export interface ProgressGround extends SignOffGround {
  claimedUnits?: readonly string[];
}

/** Progress from the evidence and signatures alone; time and RAG come from `timeElapsed`, `ragStatus`. */
export type UnitsProgress = Omit<EnrolmentProgress, 'time' | 'rag' | 'ragReason'>;

/**
 * An enrolment's progress, unit by unit from each unit's sign-off matrix: achieved when every
 * row, the unit and the learner's countersignature are signed and counting (`unitAchievement`),
 * awaiting the assessor's unit sign-off or the learner's countersignature when only that is
 * missing, in progress once a row is signed, accepted evidence is mapped to it or submitted
 * or accepted evidence claims it, else not started: a unit with evidence is never "not started". The rules of combination are applied to the achieved units (credits per group, and
 * "ready to claim" when some are achieved and they satisfy the rules) and to the planned ones.
 */
export function computeProgress(
  qualification: Pick<QualificationDocument, 'units' | 'pathways' | 'rules'>,
  enrolment: { pathway: string | null; plannedUnits: readonly string[] },
  ground: ProgressGround,
): UnitsProgress {
  const claimed = new Set(ground.claimedUnits ?? []);
  const acceptedByUnit = groupBy(ground.accepted, (item) =>
    item.mapping.map((claim) => claim.unit),
  );
  const signOffsByUnit = groupBy(ground.signOffs, (signOff) => [signOff.unit]);

  const units = qualification.units
    .filter((unit): unit is typeof unit & { reference: string } => unit.reference !== null)
    .map((unit): UnitProgress => {
      const signOffs = signOffsByUnit.get(unit.reference) ?? [];
      const matrix = signOffMatrix(unit, acceptedByUnit.get(unit.reference) ?? [], signOffs);
      const achievement = unitAchievement(matrix, signOffs);
      const steps = unitSignOffSteps(matrix, signOffs);
      return {
        reference: unit.reference,
        title: unit.title,
        credits: unit.credits,
        planned: enrolment.plannedUnits.includes(unit.reference),
        status: unitStatus(
          matrix,
          signOffs,
          steps,
          achievement.achieved,
          claimed.has(unit.reference),
        ),
        rowsSigned: achievement.rowsSigned,
        rowsTotal: achievement.rowsTotal,
        rowsEvidenced: matrix.rows.filter((row) => row.evidence.length > 0).length,
        outcomesSignedOff: matrix.outcomes.filter((outcome) => outcome.met).length,
        outcomesTotal: matrix.outcomes.length,
        missing: achievement.missing,
        flags: unitFlags(matrix, steps),
      };
    });

  const achievedUnits = units
    .filter((unit) => unit.status === 'achieved')
    .map((unit) => unit.reference);
  const achieved = evaluateRules(qualification, {
    pathway: enrolment.pathway,
    units: achievedUnits,
  });
  const { minimumCredits } = qualification.rules;
  return {
    units,
    achieved,
    planned: evaluateRules(qualification, {
      pathway: enrolment.pathway,
      units: enrolment.plannedUnits,
    }),
    readyToClaim: achievedUnits.length > 0 && achieved.satisfied,
    towards:
      minimumCredits !== null
        ? { measure: 'credits', achieved: achieved.totalCredits, needed: minimumCredits }
        : {
            measure: 'units',
            achieved: achievedUnits.filter((unit) => enrolment.plannedUnits.includes(unit)).length,
            needed: new Set(enrolment.plannedUnits).size,
          },
  };
}

function unitStatus(
  matrix: SignOffMatrix,
  signOffs: readonly SignOff[],
  steps: UnitSignOffSteps,
  achieved: boolean,
  claimed: boolean,
): UnitProgressStatus {
  if (achieved) return 'achieved';
  if (steps.rows.length === 0)
    return steps.unitSignOff === null ? 'awaiting_countersignature' : 'awaiting_unit_sign_off';
  const started =
    claimed ||
    signOffs.length > 0 ||
    matrix.rows.some((row) => row.evidence.length > 0 || row.state.status !== 'unsigned');
  return started ? 'in_progress' : 'not_started';
}

/** The unit's signatures that stopped counting because they were flagged: each row, then the unit's. */
function unitFlags(matrix: SignOffMatrix, steps: UnitSignOffSteps): UnitProgressFlag[] {
  const flags: UnitProgressFlag[] = [];
  const add = (signed: string, state: SignOffRowState) => {
    if (state.status === 'flagged')
      flags.push({ signed, reason: state.reason, flaggedAt: state.flaggedAt });
  };
  for (const row of matrix.rows) add(rowName(row), row.state);
  add('The assessor’s sign-off of the unit', steps.unitSignOffState);
  add('The learner’s countersignature', steps.countersignatureState);
  return flags;
}

/** Each value under every key it gives, once per key. */
function groupBy<T>(values: readonly T[], keys: (value: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values)
    for (const key of new Set(keys(value))) {
      const group = groups.get(key);
      if (group) group.push(value);
      else groups.set(key, [value]);
    }
  return groups;
}
