import { ENGLISH_TEST_IDS, ENGLISH_TESTS } from './english-tests';

describe('ENGLISH_TESTS', () => {
  it('lists each test once, in the order a form offers them, with its name', () => {
    expect(ENGLISH_TEST_IDS.map((test) => ENGLISH_TESTS[test].label)).toEqual([
      'IELTS Academic',
      'TOEFL iBT',
      'PTE Academic',
      'Cambridge English B2 First',
      'Prior education taught in English',
    ]);
  });

  it.each([
    ['ielts_academic', { min: 0, max: 9, step: 0.5 }],
    ['toefl_ibt', { min: 0, max: 120, step: 1 }],
    ['pte_academic', { min: 10, max: 90, step: 1 }],
    ['cambridge_b2_first', null],
    ['prior_education_in_english', null],
  ] as const)('scores %s within %j', (test, range) => {
    expect(ENGLISH_TESTS[test].range).toEqual(range);
  });
});
