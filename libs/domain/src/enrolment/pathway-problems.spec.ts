import type { Pathway } from '@signoff/contracts';
import { qualification } from '../catalogue/qualification.fixtures';
import { pathwayProblems } from './pathway-problems';

const pathways: Pathway[] = [{ code: 'adult', title: 'Adult care' }];

describe('pathwayProblems', () => {
  it.each([
    ['no pathways, none named', [], null, []],
    ['pathways, one of them named', pathways, 'adult', []],
    [
      'no pathways, one named',
      [],
      'adult',
      ['pathway must be null: this qualification has no pathways'],
    ],
    ['pathways, none named', pathways, null, ['pathway is required: choose one of the pathways']],
    ['pathways, another named', pathways, 'child', ['pathway child is not one of the pathways']],
  ])('%s', (_case, qualificationPathways, pathway, expected) => {
    const doc = qualification({ pathways: qualificationPathways as Pathway[] });
    expect(
      pathwayProblems(doc, pathway).map((problem) => `${problem.path} ${problem.message}`),
    ).toEqual(expected);
  });
});
