import type { EnrolmentProgress, RagStatus } from '@signoff/contracts';
import { ProgressBar } from './progress-bar';

/** "40 of 120 credits", "1 of 4 planned units". */
export function towardsText({ towards }: Pick<EnrolmentProgress, 'towards'>): string {
  return towards.measure === 'credits'
    ? `${towards.achieved} of ${towards.needed} credits`
    : `${towards.achieved} of ${towards.needed} planned unit${towards.needed === 1 ? '' : 's'}`;
}

/** The RAG status in words, so that it never rests on colour alone. */
export const RAG_WORDS: Record<RagStatus, string> = {
  green: 'On track',
  amber: 'Behind',
  red: 'Well behind',
};

/** "80 of 200 planned days in learning, breaks excluded". */
export function timeText({ time }: Pick<EnrolmentProgress, 'time'>): string {
  return `${time.elapsedDays} of ${time.plannedDays} planned days in learning, breaks excluded`;
}

export interface QualificationProgressProps {
  progress: EnrolmentProgress;
}

/**
 * How far the achieved units go towards the qualification (credits the rules need, or units
 * planned), the planned learning time elapsed, whether that is on track (the RAG status in words,
 * with its reason), and whether they are ready to claim.
 */
export function QualificationProgress({ progress }: QualificationProgressProps) {
  return (
    <div className="qualification-progress">
      <ProgressBar
        label={
          progress.towards.measure === 'credits'
            ? 'Credits achieved towards the qualification'
            : 'Planned units achieved'
        }
        showLabel
        value={progress.towards.achieved}
        maxValue={progress.towards.needed}
        valueText={towardsText(progress)}
      />
      <ProgressBar
        label="Planned learning time elapsed"
        showLabel
        value={progress.time.elapsedDays}
        maxValue={progress.time.plannedDays}
        valueText={timeText(progress)}
      />
      <p className="qualification-progress__rag">
        {progress.rag ? (
          <span className={`badge badge--rag-${progress.rag}`}>{RAG_WORDS[progress.rag]}</span>
        ) : null}{' '}
        {progress.ragReason}
      </p>
      {progress.readyToClaim ? (
        <p className="qualification-progress__ready">
          <span className="badge badge--unit-achieved">Ready to claim</span> The units achieved meet
          the rules of combination.
        </p>
      ) : null}
    </div>
  );
}
