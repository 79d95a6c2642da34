import type { HourCategory } from '@signoff/contracts';
import type { HourTarget } from './hour-targets';
import { hourTotals, type HourEntryFacts } from './hour-totals';

const categories: HourCategory[] = [
  { key: 'supervised_practice', title: 'Supervised practice', builtIn: true },
  { key: 'off_the_job', title: 'Off-the-job training', builtIn: true },
];
const targets: Record<string, HourTarget> = {
  supervised_practice: { minutes: 600, source: 'catalogue', settable: false },
};
const targetOf = (key: string): HourTarget =>
  targets[key] ?? { minutes: null, source: null, settable: true };
const entry = (
  minutes: number,
  status: HourEntryFacts['status'],
  extra: Partial<HourEntryFacts> = {},
): HourEntryFacts => ({
  category: 'supervised_practice',
  minutes,
  status,
  correctedBy: null,
  ...extra,
});

describe('hourTotals', () => {
  it.each<[string, HourEntryFacts[], [number, number, number, number | null]]>([
    // logged, confirmed, queried, remaining of supervised practice
    ['nothing logged', [], [0, 0, 0, 600]],
    ['logged, not yet confirmed', [entry(120, 'logged')], [120, 0, 0, 600]],
    [
      'confirmed, queried and logged',
      [entry(120, 'confirmed'), entry(60, 'queried'), entry(30, 'logged')],
      [210, 120, 60, 480],
    ],
    [
      'a corrected entry counts once, as its correction',
      [entry(120, 'confirmed', { correctedBy: 'c' }), entry(90, 'logged')],
      [90, 0, 0, 600],
    ],
    [
      'a confirmed correction',
      [entry(120, 'confirmed', { correctedBy: 'c' }), entry(90, 'confirmed')],
      [90, 90, 0, 510],
    ],
    [
      'past the target: nothing remains',
      [entry(700, 'confirmed'), entry(10, 'logged', { category: 'off_the_job' })],
      [700, 700, 0, 0],
    ],
  ])('%s', (_case, entries, [logged, confirmed, queried, remaining]) => {
    const [supervised] = hourTotals(categories, entries, targetOf);
    expect(supervised).toEqual({
      category: 'supervised_practice',
      title: 'Supervised practice',
      loggedMinutes: logged,
      confirmedMinutes: confirmed,
      queriedMinutes: queried,
      targetMinutes: 600,
      targetSource: 'catalogue',
      remainingMinutes: remaining,
      targetSettable: false,
    });
  });

  it('keeps each category apart, and has no remainder without a target', () => {
    const totals = hourTotals(
      categories,
      [entry(60, 'confirmed'), entry(45, 'confirmed', { category: 'off_the_job' })],
      targetOf,
    );
    expect(
      totals.map((total) => [total.category, total.confirmedMinutes, total.remainingMinutes]),
    ).toEqual([
      ['supervised_practice', 60, 540],
      ['off_the_job', 45, null],
    ]);
  });

  it('still counts entries of a category the centre has since removed', () => {
    const totals = hourTotals(
      categories,
      [entry(30, 'logged', { category: 'shadowing' })],
      targetOf,
    );
    expect(totals.map(({ category }) => category)).toEqual([
      'supervised_practice',
      'off_the_job',
      'shadowing',
    ]);
  });
});
