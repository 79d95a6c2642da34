import type { FieldError } from '@signoff/contracts';
import type { MouseEvent, Ref } from 'react';
import { pathInWords } from '../lib/path-in-words';
import { placeId } from '../lib/problem-places';

/** Moves to a place on the page as a link would, and puts focus on it for keyboard users. */
export function focusPlace(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}

export interface ProblemSummaryProps {
  title: string;
  intro?: string;
  /** Problems by the place on the page that shows them (see placeProblems). */
  placed: ReadonlyMap<string, readonly FieldError[]>;
  /** The document the paths point into, for naming units and outcomes. */
  document: unknown;
  ref?: Ref<HTMLDivElement>;
}

/**
 * Every problem at the top of the page, each a link to where it is shown. Focus moves here after
 * a failed import or save, so the person hears how many problems there are.
 */
export function ProblemSummary({ title, intro, placed, document, ref }: ProblemSummaryProps) {
  const entries = [...placed.entries()].flatMap(([place, problems]) =>
    problems.map((problem, index) => ({ place, problem, key: `${problem.path}:${index}` })),
  );
  if (entries.length === 0) return null;

  function follow(event: MouseEvent<HTMLAnchorElement>, place: string) {
    if (focusPlace(placeId(place))) event.preventDefault();
  }

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="problem-summary"
      aria-labelledby="problem-summary-title"
    >
      <h2 id="problem-summary-title" className="problem-summary__title">
        {title}
      </h2>
      {intro ? <p>{intro}</p> : null}
      <ul className="problem-list">
        {entries.map(({ place, problem, key }) => (
          <li key={key}>
            <a href={`#${placeId(place)}`} onClick={(event) => follow(event, place)}>
              {pathInWords(problem.path, document)}
            </a>
            : {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
