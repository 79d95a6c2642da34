import { group, qualification } from '../catalogue/qualification.fixtures';
import { defaultPlan } from './default-plan';

describe('defaultPlan', () => {
  it.each([
    ['nothing mandatory or required: an empty plan', [], [], []],
    [
      'the mandatory groups’ units, in order',
      [group('core', 'mandatory', ['M1', 'M2']), group('extra', 'mandatory', ['M3'])],
      [],
      ['M1', 'M2', 'M3'],
    ],
    [
      'never optional or pathway units',
      [group('core', 'mandatory', ['M1']), group('choice', 'optional', ['O1'])],
      [],
      ['M1'],
    ],
    ['the required units too', [group('core', 'mandatory', ['M1'])], ['R1'], ['M1', 'R1']],
    [
      'each unit once',
      [group('core', 'mandatory', ['M1', 'R1'])],
      ['R1', 'R2'],
      ['M1', 'R1', 'R2'],
    ],
  ])('%s', (_case, groups, requiredUnits, expected) => {
    const doc = qualification();
    expect(defaultPlan({ ...doc, rules: { ...doc.rules, groups, requiredUnits } })).toEqual(
      expected,
    );
  });
});
