import type {
  EnrolmentProgress,
  EnrolmentStatus,
  ProgressSettings,
  RagStatus,
  TimeElapsed,
} from '@signoff/contracts';

export interface RagDecision {
  rag: RagStatus | null;
  reason: string;
}

const CLOSED: Partial<Record<EnrolmentStatus, string>> = {
  withdrawn: 'the learner has withdrawn',
  completed: 'the enrolment is completed',
  certificated: 'the qualification is certificated',
};

/**
 * Progress against time, with the centre's margins (percentage points by which the share of the
 * qualification achieved, `towards`, may lag the share of planned learning time elapsed):
 * red past the planned time without being ready to claim, or lagging by more than the red
 * margin; amber lagging by more than the amber margin; else green. Ready to claim is green
 * whatever the time, and so is an enrolment with no learning time elapsed yet. No RAG status
 * on a break in learning (the clock is stopped and nothing is expected of the learner until they
 * return: their RAG resumes from where it stood) nor once withdrawn, completed or certificated.
 */
export function ragStatus(
  enrolment: { status: EnrolmentStatus },
  progress: Pick<EnrolmentProgress, 'towards' | 'readyToClaim'>,
  time: TimeElapsed,
  margins: Pick<ProgressSettings, 'amberMargin' | 'redMargin'>,
): RagDecision {
  const closed = CLOSED[enrolment.status];
  if (closed) return { rag: null, reason: `No RAG status: ${closed}.` };
  if (time.onBreak || enrolment.status === 'break_in_learning')
    return { rag: null, reason: 'No RAG status during a break in learning: the clock is stopped.' };
  if (progress.readyToClaim) return { rag: 'green', reason: 'Ready to claim.' };
  if (time.elapsedDays === 0) return { rag: 'green', reason: 'No learning time has passed yet.' };
  if (time.elapsedDays >= time.plannedDays)
    return {
      rag: 'red',
      reason: 'Past the planned end date (breaks excluded) and not ready to claim.',
    };

  const { achieved, needed } = progress.towards;
  const done = percent(needed === 0 ? 0 : Math.min(1, achieved / needed));
  const elapsed = percent(time.share);
  const lag = elapsed - done;
  const against = `Progress ${done}% against time elapsed ${elapsed}%`;
  if (lag > margins.redMargin)
    return {
      rag: 'red',
      reason: `${against}: ${lag} points behind, more than the centre’s ${margins.redMargin}.`,
    };
  if (lag > margins.amberMargin)
    return {
      rag: 'amber',
      reason: `${against}: ${lag} points behind, more than the centre’s ${margins.amberMargin}.`,
    };
  return {
    rag: 'green',
    reason:
      lag > 0
        ? `${against}: ${lag} points behind, within the centre’s ${margins.amberMargin}.`
        : `${against}: keeping pace.`,
  };
}

function percent(share: number): number {
  return Math.round(share * 100);
}
