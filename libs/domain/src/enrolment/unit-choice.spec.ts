import { leadershipL5 } from '../catalogue/qualification.fixtures';
import { checkUnitChoice } from './unit-choice';

const MANDATORY = ['F/504/2218', 'M1', 'M2'];

describe('checkUnitChoice', () => {
  it('accepts a complete plan', () => {
    const check = checkUnitChoice(leadershipL5(), {
      pathway: 'cyp-management',
      planned: [...MANDATORY, 'C1', 'C2'],
      achieved: [],
    });
    expect(check.problems).toEqual([]);
    expect(check.evaluation.satisfied).toBe(true);
  });

  it('accepts an incomplete plan and says what the rules still require', () => {
    const check = checkUnitChoice(leadershipL5(), {
      pathway: 'cyp-management',
      planned: [...MANDATORY, 'C1'],
      achieved: [],
    });
    expect(check.problems).toEqual([]);
    expect(check.evaluation.shortfalls).toEqual([
      'CYP Management pathway: 30 of 60 credits',
      'Total: 60 of 90 credits',
    ]);
  });

  it('refuses a unit the qualification does not have', () => {
    const check = checkUnitChoice(leadershipL5(), {
      pathway: 'cyp-management',
      planned: ['M1', 'Z9'],
      achieved: [],
    });
    expect(check.problems).toEqual([
      { path: 'plannedUnits.1', message: 'Z9 is not a unit of this qualification' },
    ]);
  });

  it('refuses to drop an achieved unit from the plan', () => {
    const check = checkUnitChoice(leadershipL5(), {
      pathway: 'cyp-management',
      planned: ['M1'],
      achieved: ['M1', 'C3'],
    });
    expect(check.problems).toEqual([
      { path: 'plannedUnits', message: 'C3 is achieved and stays in the plan' },
    ]);
  });

  it('lets an unachieved unit be swapped for another', () => {
    const check = checkUnitChoice(leadershipL5(), {
      pathway: 'cyp-management',
      planned: [...MANDATORY, 'C2', 'S1'],
      achieved: ['M1'],
    });
    expect(check.problems).toEqual([]);
  });
});
