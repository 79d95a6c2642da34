import { countersigningProblems } from './record-countersigning';

describe('countersigningProblems', () => {
  it.each([
    ['agreeing without a comment', { agreed: true }, []],
    ['agreeing with a comment', { agreed: true, comment: 'Thank you' }, []],
    ['disagreeing with a reason', { agreed: false, comment: 'I started at 10:00' }, []],
    ['disagreeing without a comment', { agreed: false }, ['comment']],
    ['disagreeing with a blank comment', { agreed: false, comment: '   ' }, ['comment']],
    ['disagreeing with a null comment', { agreed: false, comment: null }, ['comment']],
  ] as const)('%s', (_case, answer, paths) => {
    expect(countersigningProblems(answer).map(({ path }) => path)).toEqual(paths);
  });
});
