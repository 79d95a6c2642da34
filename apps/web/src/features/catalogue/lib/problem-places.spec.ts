import {
  hasProblemsWithin,
  placeId,
  placeProblems,
  problemsAfterRemoval,
  problemsWithout,
} from './problem-places';

const problem = (path: string) => ({ path, message: `at ${path}` });

describe('where a catalogue problem is shown', () => {
  it('places each at the nearest shown place, else the whole document', () => {
    const placed = placeProblems(
      [problem('units.2.credits'), problem('units.2.outcomes.0.title'), problem('/colour')],
      new Set(['units.2', 'units.2.credits']),
    );
    expect(
      Object.fromEntries([...placed].map(([at, list]) => [at, list.map((p) => p.path)])),
    ).toEqual({
      'units.2.credits': ['units.2.credits'],
      'units.2': ['units.2.outcomes.0.title'],
      '': ['/colour'],
    });
  });

  it.each([
    ['', 'at-document'],
    ['units.2.outcomes', 'at-units-2-outcomes'],
    ['/units/2', 'at-units-2'],
  ])('gives %j the element id %s', (path, id) => {
    expect(placeId(path)).toBe(id);
  });

  it('finds problems at or under a place, not beside it', () => {
    const problems = [problem('units.10.title')];
    expect(hasProblemsWithin(problems, 'units.10')).toBe(true);
    expect(hasProblemsWithin(problems, 'units.1')).toBe(false);
  });

  it('drops the problem of a field once it is changed', () => {
    expect(problemsWithout([problem('title'), problem('level')], 'title')).toEqual([
      problem('level'),
    ]);
  });

  it('after removing an item, drops its problems and moves later ones up', () => {
    expect(
      problemsAfterRemoval(
        [
          problem('units.0.title'),
          problem('units.1.title'),
          problem('units.2.outcomes.1'),
          problem('rules'),
        ],
        'units',
        1,
      ).map((p) => p.path),
    ).toEqual(['units.0.title', 'units.1.outcomes.1', 'rules']);
  });
});
