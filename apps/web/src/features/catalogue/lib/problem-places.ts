import type { FieldError } from '@signoff/contracts';

/*
 * The API names each problem by a dotted path into the document (`units.2.outcomes`,
 * `rules.groups.1.minimumCredits`). A page shows each problem at the nearest place it renders:
 * the field itself, else the unit or list that holds it, else the document as a whole ('').
 */

function normalise(path: string): string {
  // JSON Pointer (`/units/2`) as well as dotted paths, in case a message comes from elsewhere.
  return path.replace(/^[./]+/, '').replace(/\//g, '.');
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('.');
  return cut === -1 ? '' : path.slice(0, cut);
}

/** The id of the element that shows a place in the document; problem links point at it. */
export function placeId(path: string): string {
  const normalised = normalise(path);
  return normalised === '' ? 'at-document' : `at-${normalised.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** Problems by the place that shows them: the longest of the problem's paths that is `shown`. */
export function placeProblems(
  problems: readonly FieldError[],
  shown: ReadonlySet<string>,
): Map<string, FieldError[]> {
  const placed = new Map<string, FieldError[]>();
  for (const problem of problems) {
    let path = normalise(problem.path);
    while (path !== '' && !shown.has(path)) path = parentOf(path);
    const list = placed.get(path) ?? [];
    list.push(problem);
    placed.set(path, list);
  }
  return placed;
}

/** Whether any problem lies at or under `path`. */
export function hasProblemsWithin(problems: readonly FieldError[], path: string): boolean {
  return problems.some((problem) => {
    const at = normalise(problem.path);
    return at === path || at.startsWith(`${path}.`);
  });
}

/** Problems that still make sense once the person has changed the field at `path`. */
export function problemsWithout(problems: readonly FieldError[], path: string): FieldError[] {
  return problems.filter((problem) => normalise(problem.path) !== path);
}

/**
 * Problems that still make sense after item `index` of the list at `listPath` is removed: those
 * of the removed item go, those of later items move up by one.
 */
export function problemsAfterRemoval(
  problems: readonly FieldError[],
  listPath: string,
  index: number,
): FieldError[] {
  const prefix = `${listPath}.`;
  const kept: FieldError[] = [];
  for (const problem of problems) {
    const path = normalise(problem.path);
    if (!path.startsWith(prefix)) {
      kept.push(problem);
      continue;
    }
    const [segment = '', ...rest] = path.slice(prefix.length).split('.');
    const position = Number(segment);
    if (!Number.isInteger(position) || position < index) kept.push(problem);
    else if (position > index)
      kept.push({ ...problem, path: [listPath, String(position - 1), ...rest].join('.') });
  }
  return kept;
}
