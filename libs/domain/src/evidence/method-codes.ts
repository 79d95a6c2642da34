import { ASSESSMENT_METHODS, type AssessmentMethod, type FieldError } from '@signoff/contracts';

export interface MethodCodeChoice {
  method: AssessmentMethod;
  code: string;
}

/**
 * A centre's method codes replace the whole set: methods left out keep their default code. Each
 * method is named once (a repeat would silently override the first), and no two methods share a
 * code, whatever its case, or the portfolio could not tell them apart.
 */
export function methodCodeProblems(requested: readonly MethodCodeChoice[]): FieldError[] {
  const chosen = new Map<AssessmentMethod, string>(
    Object.entries(ASSESSMENT_METHODS).map(([method, { code }]) => [
      method as AssessmentMethod,
      code,
    ]),
  );
  for (const { method, code } of requested) chosen.set(method, code);
  const problems: FieldError[] = [];
  const named = new Set<AssessmentMethod>();
  requested.forEach(({ method, code }, index) => {
    if (named.has(method))
      problems.push({
        path: `codes.${index}.method`,
        message: `${ASSESSMENT_METHODS[method].title} is already given a code above; give each method one code`,
      });
    named.add(method);
    const clash = [...chosen].find(
      ([other, otherCode]) => other !== method && otherCode.toLowerCase() === code.toLowerCase(),
    );
    if (clash)
      problems.push({
        path: `codes.${index}.code`,
        message: `${code} is already the code of ${ASSESSMENT_METHODS[clash[0]].title}`,
      });
  });
  return problems;
}
