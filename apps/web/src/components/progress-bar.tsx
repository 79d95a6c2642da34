import { ProgressBar as AriaProgressBar } from 'react-aria-components';

export interface ProgressBarProps {
  /** What is measured, for assistive technology: "Credits achieved", "Rows signed in QC28074-1". */
  label: string;
  value: number;
  maxValue: number;
  /** Said and shown beside the bar, e.g. "40 of 120 credits"; the percentage when not given. */
  valueText?: string;
}

/**
 * How far something has gone, as a bar with its value in words beside it: React Aria's
 * progress bar (role, label and value text) drawing a native `<progress>` hidden from assistive
 * technology, which the browser styles. A value past the maximum fills the bar.
 */
export function ProgressBar({ label, value, maxValue, valueText }: ProgressBarProps) {
  const max = Math.max(maxValue, 1);
  return (
    <AriaProgressBar
      className="progress"
      value={Math.min(Math.max(value, 0), max)}
      maxValue={max}
      aria-label={label}
      valueLabel={valueText}
    >
      {({ percentage, valueText: text }) => (
        <>
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
