import {
  hourEntryFormProblems,
  toHourEntryRequest,
  type HourEntryAnswers,
} from './hour-entry-form';

const answers = (extra: Partial<HourEntryAnswers> = {}): HourEntryAnswers => ({
  date: '2026-11-20',
  hours: '7',
  minutes: '30',
  activity: 'Medication round',
  category: 'supervised_practice',
  evidenceItemId: 'none',
  ...extra,
});
const now = new Date('2026-11-30T09:00:00Z');

describe('the hours form', () => {
  it('sends hours and minutes as minutes, and no evidence as null', () => {
    expect(toHourEntryRequest(answers())).toEqual({
      date: '2026-11-20',
      minutes: 450,
      activity: 'Medication round',
      category: 'supervised_practice',
      evidenceItemId: null,
    });
  });

  it.each<[string, Partial<HourEntryAnswers>, string[]]>([
    ['nothing wrong', {}, []],
    ['minutes alone', { hours: '', minutes: '45' }, []],
    ['no time at all', { hours: '0', minutes: '0' }, ['minutes']],
    ['more than a day', { hours: '24', minutes: '30' }, ['minutes']],
    ['hours not a number', { hours: 'seven' }, ['hours']],
    ['minutes past the hour', { minutes: '75' }, ['minutes']],
    ['a date to come', { date: '2026-12-25' }, ['date']],
    ['no date', { date: '' }, ['date']],
    ['no category', { category: null }, ['category']],
    ['no activity', { activity: ' ' }, ['activity']],
  ])('%s', (_case, change, paths) => {
    expect(hourEntryFormProblems(answers(change), now).map(({ path }) => path)).toEqual(paths);
  });
});
