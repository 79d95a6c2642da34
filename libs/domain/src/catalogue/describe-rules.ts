import type { QualificationDocument, UnitGroup } from '@signoff/contracts';
import { unitsByReference } from './evaluate-rules';

/** The rules of combination in plain words, one sentence each, for people rather than programs. */
export function describeRules(
  doc: Pick<QualificationDocument, 'units' | 'pathways' | 'rules'>,
): string[] {
  const { rules } = doc;
  const units = unitsByReference(doc.units);
  const named = (reference: string) => {
    const title = units.get(reference)?.title;
    return title ? `${reference} ${title}` : reference;
  };
  const sentences: string[] = [];
  if (rules.minimumCredits !== null)
    sentences.push(`Achieve at least ${rules.minimumCredits} credits in total.`);
  if (doc.pathways.length > 0) {
    sentences.push(
      `Choose one pathway: ${doc.pathways.map((pathway) => pathway.title).join('; ')}.`,
    );
  }
  for (const group of rules.groups) {
    const pathway = doc.pathways.find((candidate) => candidate.code === group.pathway)?.title;
    sentences.push(describeGroup(group, pathway));
  }
  for (const reference of rules.requiredUnits)
    sentences.push(`Include unit ${named(reference)}, whatever the choice.`);
  for (const { level, credits } of rules.minimumCreditsAtLevel) {
    sentences.push(`At least ${credits} credits must come from units at level ${level} or above.`);
  }
  for (const barred of rules.barredCombinations) {
    const reason = barred.reason ? ` (${barred.reason})` : '';
    sentences.push(`Take no more than one of ${barred.units.join(', ')}${reason}.`);
  }
  return sentences;
}

function describeGroup(group: UnitGroup, pathwayTitle: string | undefined): string {
  const scope =
    group.kind === 'pathway'
      ? ` (${pathwayTitle ?? group.pathway ?? 'pathway not stated'} pathway only)`
      : '';
  const limits = [
    range(group.minimumCredits, group.maximumCredits, 'credit'),
    range(group.minimumUnits, group.maximumUnits, 'unit'),
  ].filter((limit) => limit !== null);
  const from =
    group.units.length === 0
      ? 'its units are not yet listed'
      : `from ${plural(group.units.length, 'unit')}: ${group.units.join(', ')}`;
  if (group.kind === 'mandatory') {
    const also = limits.length > 0 ? `; ${limits.join(' and ')}` : '';
    return `${group.title}: all ${group.units.length === 0 ? 'units (not yet listed)' : `of ${group.units.join(', ')}`} are required${also}.`;
  }
  return `${group.title}${scope}: ${limits.length > 0 ? limits.join(' and ') : 'any number of credits'}, ${from}.`;
}

function range(min: number | null, max: number | null, noun: string): string | null {
  if (min !== null && max !== null)
    return min === max ? `exactly ${plural(min, noun)}` : `${min} to ${max} ${noun}s`;
  if (min !== null) return `at least ${plural(min, noun)}`;
  if (max !== null) return `at most ${plural(max, noun)}`;
  return null;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
