import type { FieldError } from '@signoff/contracts';
import { pathInWords } from '../lib/path-in-words';
import { problemSentence } from '../../../lib/error-messages';
import { placeId } from '../lib/problem-places';

/**
 * A problem in words at the place that shows it. One found deeper than the place (a unit group
 * inside the rules, shown at the rules' text box) says where: "Rules of combination, unit
 * group 1 (Mandatory), units: lists no units."
 */
export function describeProblem(
  problem: FieldError,
  place: string,
  document: unknown,
  /** The field's label, which a problem found at the field itself is said of, as in every form. */
  subject?: string,
): string {
  const at = problem.path.replace(/^[./]+/, '').replace(/\//g, '.');
  if (at === place) return problemSentence(problem.message, subject);
  return problemSentence(`${pathInWords(at, document)}: ${problem.message}`);
}

export interface PlaceProblemsProps {
  /** The dotted path of the place, e.g. `units.2.outcomes`. */
  path: string;
  problems: readonly FieldError[] | undefined;
  /** The document the paths point into, for naming what lies deeper than the place. */
  document: unknown;
}

/**
 * The problems found at a place that is not itself an input (a unit, a list of outcomes). The
 * summary's links land here, so it takes focus.
 */
export function PlaceProblems({ path, problems, document }: PlaceProblemsProps) {
  if (!problems || problems.length === 0) return null;
  return (
    <ul id={placeId(path)} tabIndex={-1} className="place-problems">
      {problems.map((problem, index) => (
        <li key={`${problem.path}:${index}`} className="field__error">
          {describeProblem(problem, path, document)}
        </li>
      ))}
    </ul>
  );
}

/** The problems of an input, one line each, for its error text. */
export function problemText(
  problems: readonly FieldError[] | undefined,
  place: string,
  document: unknown,
  subject?: string,
) {
  if (!problems || problems.length === 0) return undefined;
  return problems.map((problem, index) => (
    <span key={`${problem.path}:${index}`} className="field__error-line">
      {describeProblem(problem, place, document, subject)}
    </span>
  ));
}
