import type { AssessmentMethod, FieldError, QualificationDocument } from '@signoff/contracts';

/*
 * The editor's copy of a document. Numbers are held as typed (an empty box means "not stated",
 * null), and every list item has a key of its own so React keeps each input with its item when
 * one above it is removed. Rules of combination and entry requirements are edited as JSON.
 */

export interface CriterionForm {
  key: string;
  number: string;
  title: string;
  requiredMethods: AssessmentMethod[];
}

export interface OutcomeForm {
  key: string;
  number: string;
  title: string;
  requiredMethods: AssessmentMethod[];
  criteria: CriterionForm[];
}

export interface UnitForm {
  key: string;
  reference: string;
  title: string;
  level: string;
  credits: string;
  glh: string;
  tqt: string;
  outcomes: OutcomeForm[];
}

export interface PathwayForm {
  key: string;
  code: string;
  title: string;
}

export interface DraftForm {
  awardingBody: string;
  code: string;
  title: string;
  level: string;
  totalCredits: string;
  tqt: string;
  glh: string;
  minimumAge: string;
  supervisedHours: string;
  workHours: string;
  source: string;
  pathways: PathwayForm[];
  units: UnitForm[];
  entryRequirements: string;
  rules: string;
}

let lastKey = 0;
export function newKey(): string {
  lastKey += 1;
  return `k${lastKey}`;
}

function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function toDraftForm(document: QualificationDocument): DraftForm {
  return {
    awardingBody: document.awardingBody ?? '',
    code: document.code ?? '',
    title: document.title,
    level: numberText(document.level),
    totalCredits: numberText(document.totalCredits),
    tqt: numberText(document.tqt),
    glh: numberText(document.glh),
    minimumAge: numberText(document.minimumAge),
    supervisedHours: numberText(document.targetHours?.supervised),
    workHours: numberText(document.targetHours?.work),
    source: document.source ?? '',
    pathways: document.pathways.map((pathway) => ({ key: newKey(), ...pathway })),
    units: document.units.map((unit) => ({
      key: newKey(),
      reference: unit.reference ?? '',
      title: unit.title,
      level: numberText(unit.level),
      credits: numberText(unit.credits),
      glh: numberText(unit.glh),
      tqt: numberText(unit.tqt),
      outcomes: unit.outcomes.map((outcome) => ({
        key: newKey(),
        number: outcome.number,
        title: outcome.title,
        requiredMethods: [...outcome.requiredMethods],
        criteria: outcome.criteria.map((criterion) => ({
          key: newKey(),
          number: criterion.number,
          title: criterion.title,
          requiredMethods: [...criterion.requiredMethods],
        })),
      })),
    })),
    entryRequirements: JSON.stringify(document.entryRequirements, null, 2),
    rules: JSON.stringify(document.rules, null, 2),
  };
}

export function newUnit(): UnitForm {
  return {
    key: newKey(),
    reference: '',
    title: '',
    level: '',
    credits: '',
    glh: '',
    tqt: '',
    outcomes: [],
  };
}

/** The next outcome is numbered after the highest so far. */
export function newOutcome(existing: readonly OutcomeForm[]): OutcomeForm {
  const highest = existing.reduce(
    (most, outcome) => Math.max(most, Number(outcome.number) || 0),
    0,
  );
  return {
    key: newKey(),
    number: String(highest + 1),
    title: '',
    requiredMethods: [],
    criteria: [],
  };
}

/** Criteria of outcome 2 are numbered 2.1, 2.2, … */
export function newCriterion(outcome: OutcomeForm): CriterionForm {
  const highest = outcome.criteria.reduce((most, criterion) => {
    const [, minor] = criterion.number.split('.');
    return Math.max(most, Number.parseInt(minor ?? '', 10) || 0);
  }, 0);
  return {
    key: newKey(),
    number: `${outcome.number}.${highest + 1}`,
    title: '',
    requiredMethods: [],
  };
}

export function newPathway(): PathwayForm {
  return { key: newKey(), code: '', title: '' };
}

/** The form as a document, or the problems found before asking the API (same paths). */
export function toDocument(
  form: DraftForm,
): { document: QualificationDocument; problems: [] } | { document: null; problems: FieldError[] } {
  const problems: FieldError[] = [];

  function whole(text: string, path: string): number | null {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    if (!/^\d+$/.test(trimmed)) {
      problems.push({ path, message: 'must be a whole number, or left empty when not stated' });
      return null;
    }
    return Number(trimmed);
  }

  function json<T>(text: string, path: string, expected: 'array' | 'object'): T | null {
    try {
      const value: unknown = JSON.parse(text);
      const isArray = Array.isArray(value);
      if (expected === 'array' ? !isArray : isArray || typeof value !== 'object' || !value) {
        problems.push({ path, message: `must be a JSON ${expected}` });
        return null;
      }
      return value as T;
    } catch (error) {
      const detail = error instanceof Error ? `: ${error.message}` : '';
      problems.push({ path, message: `is not valid JSON${detail}` });
      return null;
    }
  }

  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  const supervised = whole(form.supervisedHours, 'targetHours.supervised');
  const work = whole(form.workHours, 'targetHours.work');

  const document: QualificationDocument = {
    formatVersion: 1,
    awardingBody: optional(form.awardingBody),
    code: optional(form.code),
    title: form.title.trim(),
    level: whole(form.level, 'level'),
    totalCredits: whole(form.totalCredits, 'totalCredits'),
    tqt: whole(form.tqt, 'tqt'),
    glh: whole(form.glh, 'glh'),
    minimumAge: whole(form.minimumAge, 'minimumAge'),
    entryRequirements:
      json<QualificationDocument['entryRequirements']>(
        form.entryRequirements,
        'entryRequirements',
        'array',
      ) ?? [],
    targetHours: supervised === null && work === null ? null : { supervised, work },
    pathways: form.pathways.map(({ code, title }) => ({ code: code.trim(), title: title.trim() })),
    units: form.units.map((unit, u) => ({
      reference: optional(unit.reference),
      title: unit.title.trim(),
      level: whole(unit.level, `units.${u}.level`),
      credits: whole(unit.credits, `units.${u}.credits`),
      glh: whole(unit.glh, `units.${u}.glh`),
      tqt: whole(unit.tqt, `units.${u}.tqt`),
      outcomes: unit.outcomes.map((outcome) => ({
        number: outcome.number.trim(),
        title: outcome.title.trim(),
        requiredMethods: outcome.requiredMethods,
        criteria: outcome.criteria.map((criterion) => ({
          number: criterion.number.trim(),
          title: criterion.title.trim(),
          requiredMethods: criterion.requiredMethods,
        })),
      })),
    })),
    rules:
      json<QualificationDocument['rules']>(form.rules, 'rules', 'object') ??
      ({} as QualificationDocument['rules']),
    source: optional(form.source),
  };
  return problems.length > 0 ? { document: null, problems } : { document, problems: [] };
}

/** Every place the editor shows, so each problem lands at its field or the nearest holder. */
export function editorPlaces(form: DraftForm): Set<string> {
  const places = new Set<string>([
    'awardingBody',
    'code',
    'title',
    'level',
    'totalCredits',
    'tqt',
    'glh',
    'minimumAge',
    'targetHours',
    'targetHours.supervised',
    'targetHours.work',
    'source',
    'entryRequirements',
    'rules',
    'pathways',
    'units',
  ]);
  form.pathways.forEach((_pathway, p) => {
    for (const field of ['', '.code', '.title']) places.add(`pathways.${p}${field}`);
  });
  form.units.forEach((unit, u) => {
    const at = `units.${u}`;
    for (const field of ['', '.reference', '.title', '.level', '.credits', '.glh', '.tqt'])
      places.add(`${at}${field}`);
    places.add(`${at}.outcomes`);
    unit.outcomes.forEach((outcome, o) => {
      const outcomeAt = `${at}.outcomes.${o}`;
      for (const field of ['', '.number', '.title', '.requiredMethods', '.criteria'])
        places.add(`${outcomeAt}${field}`);
      outcome.criteria.forEach((_criterion, c) => {
        for (const field of ['', '.number', '.title', '.requiredMethods'])
          places.add(`${outcomeAt}.criteria.${c}${field}`);
      });
    });
  });
  return places;
}

function replaceAt<T>(items: readonly T[], index: number, change: (item: T) => T): T[] {
  return items.map((item, position) => (position === index ? change(item) : item));
}

export function withUnit(
  form: DraftForm,
  u: number,
  change: (unit: UnitForm) => UnitForm,
): DraftForm {
  return { ...form, units: replaceAt(form.units, u, change) };
}

export function withOutcome(
  form: DraftForm,
  u: number,
  o: number,
  change: (outcome: OutcomeForm) => OutcomeForm,
): DraftForm {
  return withUnit(form, u, (unit) => ({ ...unit, outcomes: replaceAt(unit.outcomes, o, change) }));
}

export function withCriterion(
  form: DraftForm,
  u: number,
  o: number,
  c: number,
  change: (criterion: CriterionForm) => CriterionForm,
): DraftForm {
  return withOutcome(form, u, o, (outcome) => ({
    ...outcome,
    criteria: replaceAt(outcome.criteria, c, change),
  }));
}

export function withPathway(
  form: DraftForm,
  p: number,
  change: (pathway: PathwayForm) => PathwayForm,
): DraftForm {
  return { ...form, pathways: replaceAt(form.pathways, p, change) };
}

export function without<T>(items: readonly T[], index: number): T[] {
  return items.filter((_item, position) => position !== index);
}
