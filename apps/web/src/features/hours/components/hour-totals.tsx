import type { HourCategoryTotal, HourTargetSource } from '@signoff/contracts';
import { durationInWords } from '@signoff/domain';
import { ProgressBar } from '../../../components/progress-bar';

const SOURCE_WORDS: Record<HourTargetSource, string> = {
  catalogue: 'Target stated by the qualification',
  enrolment: 'Target set when enrolled',
  centre: 'Target set by the centre',
};

/** Per category: confirmed hours against the target (a bar with its words), logged and queried. */
export function HourTotals({
  totals,
  targetForm,
}: {
  totals: readonly HourCategoryTotal[];
  /** For an admin: a form to set a category's target where the catalogue states none. */
  targetForm?: (total: HourCategoryTotal) => React.ReactNode;
}) {
  return (
    <ul className="hour-totals">
      {totals.map((total) => (
        <li key={total.category} className="card hour-totals__category">
          <h3>{total.title}</h3>
          {total.targetMinutes === null ? (
            <p>
              No target. <strong>{durationInWords(total.confirmedMinutes)} confirmed</strong>.
            </p>
          ) : (
            <ProgressBar
              label={`${total.title}: confirmed of the target`}
              showLabel={false}
              value={total.confirmedMinutes}
              maxValue={total.targetMinutes}
              valueText={`${durationInWords(total.confirmedMinutes)} confirmed of ${durationInWords(total.targetMinutes)}`}
            />
          )}
          <dl className="hour-totals__figures">
            <div>
              <dt>Logged</dt>
              <dd>{durationInWords(total.loggedMinutes)}</dd>
            </div>
            {total.queriedMinutes > 0 ? (
              <div>
                <dt>Queried</dt>
                <dd>{durationInWords(total.queriedMinutes)}</dd>
              </div>
            ) : null}
            {total.remainingMinutes !== null ? (
              <div>
                <dt>Still to confirm</dt>
                <dd>{durationInWords(total.remainingMinutes)}</dd>
              </div>
            ) : null}
          </dl>
          {total.targetSource ? <p className="muted">{SOURCE_WORDS[total.targetSource]}</p> : null}
          {targetForm && total.targetSettable ? targetForm(total) : null}
        </li>
      ))}
    </ul>
  );
}
