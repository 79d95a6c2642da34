import { methodCodeProblems, type MethodCodeChoice } from './method-codes';

describe('methodCodeProblems', () => {
  it.each<[string, MethodCodeChoice[], ReturnType<typeof methodCodeProblems>]>([
    ['nothing: every default', [], []],
    ['a new code', [{ method: 'direct_observation', code: 'OBS' }], []],
    ['a default given back', [{ method: 'direct_observation', code: 'DO' }], []],
    [
      'two methods swapping codes',
      [
        { method: 'direct_observation', code: 'WT' },
        { method: 'witness_testimony', code: 'DO' },
      ],
      [],
    ],
    [
      "another method's default, in another case",
      [{ method: 'witness_testimony', code: 'pd' }],
      [{ path: 'codes.0.code', message: 'pd is already the code of Professional discussion' }],
    ],
    [
      'one code for two methods',
      [
        { method: 'direct_observation', code: 'OBS' },
        { method: 'witness_testimony', code: 'obs' },
      ],
      [
        { path: 'codes.0.code', message: 'OBS is already the code of Witness testimony' },
        { path: 'codes.1.code', message: 'obs is already the code of Direct observation' },
      ],
    ],
    [
      'one method named twice',
      [
        { method: 'direct_observation', code: 'OBS' },
        { method: 'witness_testimony', code: 'WIT' },
        { method: 'direct_observation', code: 'OB' },
      ],
      [
        {
          path: 'codes.2.method',
          message: 'Direct observation is already given a code above; give each method one code',
        },
      ],
    ],
  ])('%s', (_case, requested, expected) => {
    expect(methodCodeProblems(requested)).toEqual(expected);
  });
});
