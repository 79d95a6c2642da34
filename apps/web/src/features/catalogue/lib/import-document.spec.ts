import { parseImportDocument, pastedDocumentProblems } from './import-document';

describe('parseImportDocument', () => {
  it('reads JSON', () => {
    expect(parseImportDocument('{"code":"601/1234/5"}', 'unit.json')).toEqual({
      document: { code: '601/1234/5' },
      problem: null,
    });
  });

  it('says which file is not JSON, and why', () => {
    const { problem } = parseImportDocument('{"code":', 'unit.json');
    expect(problem).toMatch(/^Unit\.json is not JSON \(.+\)\. Check it is the catalogue file/);
  });
});

describe('pastedDocumentProblems', () => {
  it('asks for something to import, then for JSON', () => {
    expect(pastedDocumentProblems({ document: ' ' })).toEqual({
      document: 'Paste the JSON of a qualification, or choose a file above.',
    });
    expect(pastedDocumentProblems({ document: 'title: Care' }).document).toMatch(
      /^The pasted JSON is not JSON/,
    );
    expect(pastedDocumentProblems({ document: '{}' })).toEqual({});
  });
});
