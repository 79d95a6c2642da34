import { importProblems } from './import-problems';

describe('problems of an imported file, as the page lists them', () => {
  it('reads line and column from each path, in line order, request problems first', () => {
    expect(
      importProblems([
        { path: 'lines.12.uln', message: 'must be ten digits' },
        { path: 'lines.3', message: 'has 4 columns; the header has 18' },
        { path: 'file', message: 'is empty' },
        { path: '', message: 'could not be read' },
      ]),
    ).toEqual([
      { line: null, column: 'file', message: 'is empty' },
      { line: null, column: null, message: 'could not be read' },
      { line: 3, column: null, message: 'has 4 columns; the header has 18' },
      { line: 12, column: 'uln', message: 'must be ten digits' },
    ]);
  });
});
