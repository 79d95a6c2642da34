import type { WitnessPage } from '@signoff/contracts';
import { formatMoment } from '../../../lib/dates';

export interface WitnessAskProps {
  page: WitnessPage;
}

/** What the witness is asked: by whom, about whom, which outcomes (in their words), and why. */
export function WitnessAsk({ page }: WitnessAskProps) {
  return (
    <section aria-labelledby="asked-heading" className="witness-ask-view">
      <h1 id="asked-heading">A witness statement about {page.learnerName}</h1>
      <p className="lead">
        {page.requestedBy} asks you, {page.witness.name}, to describe what you saw{' '}
        {page.requestedBy === page.learnerName ? 'them' : page.learnerName} do at work, for their{' '}
        {page.qualificationTitle}.
      </p>
      {page.message ? (
        <figure className="witness-message">
          <figcaption className="witness-message__caption">
            Message from {page.requestedBy}
          </figcaption>
          <blockquote className="witness-message__text">{page.message}</blockquote>
        </figure>
      ) : null}
      <h2>What to describe</h2>
      <p>
        Say what you saw {page.learnerName} do that shows each of these. Write in your own words:
        where and when, what they did, and how well.
      </p>
      <ul className="plain-list witness-outcomes">
        {page.outcomes.map((outcome) => (
          <li
            key={`${outcome.unit}|${outcome.outcome}|${outcome.criterion ?? ''}`}
            className="witness-outcome"
          >
            <span className="witness-outcome__unit">
              {outcome.unit} {outcome.unitTitle}
            </span>
            <span className="witness-outcome__words">
              <strong>Learning outcome {outcome.outcome}:</strong> {outcome.outcomeTitle}
            </span>
            {outcome.criterion ? (
              <span className="witness-outcome__words">
                <strong>{outcome.criterion}</strong> {outcome.criterionTitle ?? ''}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="muted">
        This link works until <time dateTime={page.expiresAt}>{formatMoment(page.expiresAt)}</time>,
        for one statement.
      </p>
    </section>
  );
}
