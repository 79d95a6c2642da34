import type { FieldError } from '@signoff/contracts';

export interface ImportProblem {
  /** The file's line, counting the header row as line 1; null for a problem with the request. */
  line: number | null;
  /** The column's header name; null for the whole line. */
  column: string | null;
  message: string;
}

/** The API names each problem `lines.<line>.<column>` or `lines.<line>`; in line order here. */
export function importProblems(errors: readonly FieldError[]): ImportProblem[] {
  return errors
    .map((error) => {
      const match = error.path.match(/^lines\.(\d+)(?:\.(.+))?$/);
      return match
        ? { line: Number(match[1]), column: match[2] ?? null, message: error.message }
        : { line: null, column: error.path || null, message: error.message };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
