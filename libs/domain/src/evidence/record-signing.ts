import type { FieldError, ObservationParticulars, WorkplaceRecordKind } from '@signoff/contracts';
import { submissionProblems } from './evidence-lifecycle';

/** A time of day as an observation states it: HH:MM, 24-hour. */
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What is wrong with an observation's setting and times. A draft is saved as it is being written
 * (`complete: false`): a time may still be empty, but one given is HH:MM and the end comes after
 * the start. To be signed (`complete: true`) the setting and both times are given.
 */
export function observationProblems(
  observation: ObservationParticulars,
  { complete }: { complete: boolean },
): FieldError[] {
  const problems: FieldError[] = [];
  if (complete && observation.setting.trim() === '')
    problems.push({ path: 'setting', message: 'say where you observed the learner' });
  const times = [
    ['startTime', observation.startTime],
    ['endTime', observation.endTime],
  ] as const;
  for (const [path, time] of times) {
    if (time === '') {
      if (complete) problems.push({ path, message: 'is required: a time as HH:MM, e.g. 09:30' });
    } else if (!CLOCK_TIME.test(time)) {
      problems.push({ path, message: 'must be a time as HH:MM, 24-hour, e.g. 14:05' });
    }
  }
  const { startTime, endTime } = observation;
  if (CLOCK_TIME.test(startTime) && CLOCK_TIME.test(endTime) && endTime <= startTime)
    problems.push({ path: 'endTime', message: 'must be after the start time' });
  return problems;
}

/**
 * What an assessor's draft record needs before they sign it (whether it may be signed at all is
 * the transition table's to say): a title, at least one outcome, what was observed or discussed
 * (or a file: a photo, a recording), and for an observation where and when it took place.
 */
export function recordSigningProblems(
  kind: WorkplaceRecordKind,
  version: {
    title: string;
    narrative: string;
    claims: readonly unknown[];
    fileCount: number;
    observation: ObservationParticulars | null;
  },
): FieldError[] {
  const problems = submissionProblems(version);
  if (kind === 'observation')
    problems.push(
      ...observationProblems(version.observation ?? { setting: '', startTime: '', endTime: '' }, {
        complete: true,
      }),
    );
  return problems;
}
