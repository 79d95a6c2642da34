import type { EnrolmentProgress } from '@signoff/contracts';
import { ProgressBar } from './progress-bar';

/** "40 of 120 credits", "1 of 4 planned units". */
export function towardsText({ towards }: Pick<EnrolmentProgress, 'towards'>): string {
  return towards.measure === 'credits'
    ? `${towards.achieved} of ${towards.needed} credits`
    : `${towards.achieved} of ${towards.needed} planned unit${towards.needed === 1 ? '' : 's'}`;
}

export interface QualificationProgressProps {
  progress: EnrolmentProgress;
}

/**
 * How far the achieved units go towards the qualification (credits the rules need, or units
 * planned), and whether they are ready to claim.
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
      {progress.readyToClaim ? (
        <p className="qualification-progress__ready">
          <span className="badge badge--unit-achieved">Ready to claim</span> The units achieved meet
          the rules of combination.
        </p>
      ) : null}
    </div>
  );
}
