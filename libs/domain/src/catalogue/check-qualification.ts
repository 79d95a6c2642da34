import type { FieldError, QualificationDocument, Unit, UnitGroup } from '@signoff/contracts';
import { defaultPlan } from '../enrolment/default-plan';
import { unitsByReference } from './evaluate-rules';

/**
 * Consistency checks of a qualification version, each naming the path of what is wrong. On a
 * draft they are warnings; a version with any cannot be published.
 */
export function checkQualification(doc: QualificationDocument): FieldError[] {
  return [
    ...identityProblems(doc),
    ...unitProblems(doc),
    ...sumProblems(doc),
    ...ruleProblems(doc),
  ];
}

const problem = (path: string, message: string): FieldError => ({ path, message });

function identityProblems(doc: QualificationDocument): FieldError[] {
  const problems: FieldError[] = [];
  if (doc.awardingBody === null) problems.push(problem('awardingBody', 'is not stated'));
  if (doc.code === null) problems.push(problem('code', 'is not stated'));
  if (doc.level === null) problems.push(problem('level', 'is not stated'));
  if (doc.totalCredits === null) problems.push(problem('totalCredits', 'is not stated'));
  if (doc.glh !== null && doc.tqt !== null && doc.glh > doc.tqt)
    problems.push(problem('glh', `${doc.glh} GLH is more than the TQT of ${doc.tqt}`));
  if (doc.totalCredits !== null && doc.tqt !== null && creditsFor(doc.tqt) !== doc.totalCredits) {
    problems.push(
      problem(
        'totalCredits',
        `${doc.totalCredits} credits do not match a TQT of ${doc.tqt} (a credit is 10 hours)`,
      ),
    );
  }
  const pathwayCodes = new Set<string>();
  doc.pathways.forEach((pathway, index) => {
    if (pathwayCodes.has(pathway.code))
      problems.push(problem(`pathways.${index}.code`, `repeats the pathway ${pathway.code}`));
    pathwayCodes.add(pathway.code);
    if (
      !doc.rules.groups.some((group) => group.kind === 'pathway' && group.pathway === pathway.code)
    ) {
      problems.push(problem(`pathways.${index}`, 'has no unit group in the rules'));
    }
  });
  return problems;
}

/** RQF: a unit's credit value is its total qualification time divided by ten, rounded down. */
function creditsFor(tqt: number): number {
  return Math.floor(tqt / 10);
}

function unitProblems(doc: QualificationDocument): FieldError[] {
  const problems: FieldError[] = [];
  if (doc.units.length === 0) problems.push(problem('units', 'has no units'));
  const firstIndex = new Map<string, number>();
  doc.units.forEach((unit, index) => {
    const at = `units.${index}`;
    if (unit.reference === null) problems.push(problem(`${at}.reference`, 'is not stated'));
    else if (firstIndex.has(unit.reference)) {
      problems.push(
        problem(
          `${at}.reference`,
          `repeats the reference of unit ${(firstIndex.get(unit.reference) ?? 0) + 1}`,
        ),
      );
    } else firstIndex.set(unit.reference, index);
    if (unit.credits === null) problems.push(problem(`${at}.credits`, 'is not stated'));
    if (unit.glh !== null && unit.tqt !== null && unit.glh > unit.tqt) {
      problems.push(problem(`${at}.glh`, `${unit.glh} GLH is more than the TQT of ${unit.tqt}`));
    }
    if (unit.credits !== null && unit.tqt !== null && creditsFor(unit.tqt) !== unit.credits) {
      problems.push(
        problem(
          `${at}.credits`,
          `${unit.credits} credits do not match a TQT of ${unit.tqt} (a credit is 10 hours)`,
        ),
      );
    }
    if (doc.level !== null && unit.level !== null && unit.level > doc.level) {
      problems.push(
        problem(
          `${at}.level`,
          `level ${unit.level} is above the qualification's level ${doc.level}`,
        ),
      );
    }
    problems.push(...outcomeProblems(unit, at));
  });
  return problems;
}

function outcomeProblems(unit: Unit, at: string): FieldError[] {
  const problems: FieldError[] = [];
  if (unit.outcomes.length === 0)
    problems.push(problem(`${at}.outcomes`, 'has no learning outcomes'));
  const outcomeNumbers = new Set<string>();
  unit.outcomes.forEach((outcome, o) => {
    const outcomeAt = `${at}.outcomes.${o}`;
    if (outcomeNumbers.has(outcome.number))
      problems.push(problem(`${outcomeAt}.number`, `repeats outcome ${outcome.number}`));
    outcomeNumbers.add(outcome.number);
    const criterionNumbers = new Set<string>();
    outcome.criteria.forEach((criterion, c) => {
      const criterionAt = `${outcomeAt}.criteria.${c}.number`;
      if (criterionNumbers.has(criterion.number))
        problems.push(problem(criterionAt, `repeats criterion ${criterion.number}`));
      criterionNumbers.add(criterion.number);
      if (!criterion.number.startsWith(`${outcome.number}.`)) {
        problems.push(
          problem(criterionAt, `${criterion.number} does not belong to outcome ${outcome.number}`),
        );
      }
    });
  });
  return problems;
}

/** Where every unit is mandatory, the units' credits, GLH and TQT add up to the qualification's. */
function sumProblems(doc: QualificationDocument): FieldError[] {
  const mandatory = new Set(
    doc.rules.groups.filter((group) => group.kind === 'mandatory').flatMap((group) => group.units),
  );
  const allMandatory =
    doc.units.length > 0 &&
    doc.rules.groups.every((group) => group.kind === 'mandatory') &&
    doc.units.every((unit) => unit.reference !== null && mandatory.has(unit.reference));
  if (!allMandatory) return [];
  const problems: FieldError[] = [];
  const fields = [
    ['totalCredits', 'credits', 'credits'],
    ['glh', 'glh', 'GLH'],
    ['tqt', 'tqt', 'TQT'],
  ] as const;
  for (const [total, field, words] of fields) {
    const stated = doc[total];
    if (stated === null) continue;
    const missing = doc.units.findIndex((unit) => unit[field] === null);
    if (missing >= 0) {
      problems.push(
        problem(
          `units.${missing}.${field}`,
          `is not stated, so the units' ${words} cannot be checked against ${stated}`,
        ),
      );
      continue;
    }
    const sum = doc.units.reduce((acc, unit) => acc + (unit[field] ?? 0), 0);
    if (sum !== stated)
      problems.push(problem(total, `the units' ${words} add up to ${sum}, not ${stated}`));
  }
  return problems;
}

function ruleProblems(doc: QualificationDocument): FieldError[] {
  const { rules } = doc;
  const units = unitsByReference(doc.units);
  const problems: FieldError[] = [];
  const unknown = (reference: string) => !units.has(reference);
  if (rules.minimumCredits === null && rules.groups.length === 0) {
    problems.push(problem('rules', 'state a minimum of credits or at least one unit group'));
  }
  if (
    rules.minimumCredits !== null &&
    doc.totalCredits !== null &&
    rules.minimumCredits !== doc.totalCredits
  ) {
    problems.push(
      problem(
        'rules.minimumCredits',
        `${rules.minimumCredits} differs from the qualification's ${doc.totalCredits} credits`,
      ),
    );
  }
  const keys = new Set<string>();
  rules.groups.forEach((group, index) => {
    const at = `rules.groups.${index}`;
    if (keys.has(group.key)) problems.push(problem(`${at}.key`, `repeats the group ${group.key}`));
    keys.add(group.key);
    problems.push(...groupProblems(doc, group, at, units));
  });
  rules.requiredUnits.forEach((reference, index) => {
    if (unknown(reference))
      problems.push(
        problem(`rules.requiredUnits.${index}`, `${reference} is not a unit of this qualification`),
      );
  });
  // The units every learner takes: those a new enrolment plans before the learner chooses.
  const alwaysTaken = new Set(defaultPlan(doc));
  rules.barredCombinations.forEach((barred, index) => {
    barred.units.forEach((reference, u) => {
      if (unknown(reference))
        problems.push(
          problem(
            `rules.barredCombinations.${index}.units.${u}`,
            `${reference} is not a unit of this qualification`,
          ),
        );
    });
    if (barred.units.filter((reference) => alwaysTaken.has(reference)).length > 1) {
      problems.push(
        problem(
          `rules.barredCombinations.${index}`,
          'bars units that are all required: can never be satisfied',
        ),
      );
    }
  });
  problems.push(...reachabilityProblems(doc, units));
  return problems;
}

function groupProblems(
  doc: QualificationDocument,
  group: UnitGroup,
  at: string,
  units: Map<string, Unit>,
): FieldError[] {
  const problems: FieldError[] = [];
  if (group.kind === 'pathway') {
    if (group.pathway === null)
      problems.push(problem(`${at}.pathway`, 'is not stated for a pathway group'));
    else if (!doc.pathways.some((pathway) => pathway.code === group.pathway)) {
      problems.push(problem(`${at}.pathway`, `${group.pathway} is not one of the pathways`));
    }
  } else if (group.pathway !== null) {
    problems.push(problem(`${at}.pathway`, `only pathway groups belong to a pathway`));
  }
  group.units.forEach((reference, u) => {
    if (!units.has(reference))
      problems.push(
        problem(`${at}.units.${u}`, `${reference} is not a unit of this qualification`),
      );
  });
  const available = group.units.reduce(
    (sum, reference) => sum + (units.get(reference)?.credits ?? 0),
    0,
  );
  const pairs = [
    ['minimumCredits', 'maximumCredits', group.minimumCredits, group.maximumCredits],
    ['minimumUnits', 'maximumUnits', group.minimumUnits, group.maximumUnits],
  ] as const;
  for (const [minName, maxName, min, max] of pairs) {
    if (min !== null && max !== null && min > max)
      problems.push(problem(`${at}.${minName}`, `is more than the ${maxName} of ${max}`));
  }
  if (group.units.length === 0) problems.push(problem(`${at}.units`, 'lists no units'));
  else if (group.minimumCredits !== null && available < group.minimumCredits) {
    problems.push(
      problem(`${at}.minimumCredits`, `can never be met: its units add up to ${available} credits`),
    );
  }
  if (
    group.minimumUnits !== null &&
    group.units.length > 0 &&
    group.units.length < group.minimumUnits
  ) {
    problems.push(
      problem(`${at}.minimumUnits`, `can never be met: the group has ${group.units.length} units`),
    );
  }
  if (
    group.kind === 'mandatory' &&
    group.maximumCredits !== null &&
    available > group.maximumCredits
  ) {
    problems.push(
      problem(
        `${at}.maximumCredits`,
        `can never be met: its units, all mandatory, add up to ${available} credits`,
      ),
    );
  }
  return problems;
}

/** On each pathway (or the one route without pathways), can the total and level minimums be reached at all? */
function reachabilityProblems(doc: QualificationDocument, units: Map<string, Unit>): FieldError[] {
  const { rules } = doc;
  const routes: (string | null)[] =
    doc.pathways.length > 0 ? doc.pathways.map((pathway) => pathway.code) : [null];
  const problems: FieldError[] = [];
  for (const route of routes) {
    const on = route === null ? '' : ` on the ${route} pathway`;
    const reachable = reachableUnits(doc, route);
    const credits = (level: number) =>
      [...reachable].reduce(
        (sum, reference) =>
          sum +
          ((units.get(reference)?.level ?? 0) >= level ? (units.get(reference)?.credits ?? 0) : 0),
        0,
      );
    if (rules.minimumCredits !== null && reachable.size > 0 && credits(0) < rules.minimumCredits) {
      problems.push(
        problem(
          'rules.minimumCredits',
          `can never be met${on}: at most ${credits(0)} credits can count`,
        ),
      );
    }
    rules.minimumCreditsAtLevel.forEach(({ level, credits: needed }, index) => {
      if (credits(level) < needed) {
        problems.push(
          problem(
            `rules.minimumCreditsAtLevel.${index}`,
            `can never be met${on}: at most ${credits(level)} credits at level ${level} or above`,
          ),
        );
      }
    });
  }
  return problems;
}

function reachableUnits(doc: QualificationDocument, pathway: string | null): Set<string> {
  const reachable = new Set(doc.rules.requiredUnits);
  for (const group of doc.rules.groups) {
    if (group.kind === 'pathway' && group.pathway !== pathway) continue;
    group.units.forEach((reference) => reachable.add(reference));
  }
  return reachable;
}
