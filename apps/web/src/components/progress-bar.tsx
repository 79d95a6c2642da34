import { ProgressBar as AriaProgressBar, Label } from 'react-aria-components';

export interface ProgressBarProps {
  /** What is measured, for assistive technology: "Credits achieved", "Rows signed in QC28074-1". */
  label: string;
  value: number;
  maxValue: number;
  /** Said and shown beside the bar, e.g. "40 of 120 credits"; the percentage when not given. */
  valueText?: string;
  /** Show the label above the bar; otherwise it is for assistive technology alone. */
  showLabel?: boolean;
}

/**
 * How far something has gone, as a bar with its value in words beside it: React Aria's
 * progress bar (role, label and value text) drawing a native `<progress>` hidden from assistive
 * technology, which the browser styles. A value past the maximum fills the bar.
 */
export function ProgressBar({ label, value, maxValue, valueText, showLabel }: ProgressBarProps) {
  const max = Math.max(maxValue, 1);
  return (
    <AriaProgressBar
      className={showLabel ? 'progress progress--labelled' : 'progress'}
      value={Math.min(Math.max(value, 0), max)}
      maxValue={max}
      aria-label={showLabel ? undefined : label}
      valueLabel={valueText}
    >
      {({ percentage, valueText: text }) => (
        <>
          {showLabel ? <Label className="progress__label">{label}</Label> : null}
          <progress
            className="progress__bar"
            max={100}
            value={percentage ?? 0}
            aria-hidden="true"
          />
          <span className="progress__text">{text}</span>
        </>
      )}
    </AriaProgressBar>
  );
}
