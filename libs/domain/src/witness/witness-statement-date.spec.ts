import { witnessStatementDateProblems } from './witness-statement-date';

describe('witnessStatementDateProblems', () => {
  const now = new Date('2026-11-30T12:00:00.000Z');
  it.each([
    ['today', '2026-11-30', []],
    ['a day gone', '2026-10-14', []],
    ['tomorrow', '2026-12-01', [{ path: 'activityDate', message: 'must not be in the future' }]],
  ])('takes %s as %j', (_case, day, problems) => {
    expect(witnessStatementDateProblems(day, now)).toEqual(problems);
  });

  it('reads today on the UK calendar: half past midnight in summer is already the next day', () => {
    const night = new Date('2026-07-14T23:30:00.000Z');
    expect(witnessStatementDateProblems('2026-07-15', night)).toEqual([]);
  });
});
