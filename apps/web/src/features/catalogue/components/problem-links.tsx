import type { FieldError } from '@signoff/contracts';
import { Link } from 'react-router';
import { pathInWords } from '../lib/path-in-words';

export interface ProblemLinksProps {
  qualificationId: string;
  problems: readonly FieldError[];
  /** The document the paths point into, for naming units and outcomes. */
  document: unknown;
}

/** Each problem links to the editor, opened at the field it concerns. */
export function ProblemLinks({ qualificationId, problems, document }: ProblemLinksProps) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={`${problem.path}:${index}`}>
          <Link
            to={`/qualifications/${encodeURIComponent(qualificationId)}/edit?at=${encodeURIComponent(problem.path)}`}
          >
            {pathInWords(problem.path, document)}
          </Link>
          : {problem.message}
        </li>
      ))}
    </ul>
  );
}
