import { CsvSyntaxError, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads plain records with their line numbers', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines inside them', () => {
    expect(parseCsv('name,note\r\n"Ellis, Jordan","said ""hi""\nthen left"\r\nnext,one')).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Ellis, Jordan', 'said "hi"\nthen left'] },
      { line: 4, fields: ['next', 'one'] },
    ]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(parseCsv('a,,c\n\n,,\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 3, fields: ['', '', ''] },
    ]);
  });

  it('tolerates a byte-order mark and a missing final line end', () => {
    expect(parseCsv('\uFEFFx,y\n1,2')).toEqual([
      { line: 1, fields: ['x', 'y'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('refuses an unclosed quote, naming the line', () => {
    expect(() => parseCsv('a,b\n"open,2\n3,4')).toThrow(
      new CsvSyntaxError(2, 'a quoted field is not closed'),
    );
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(CsvSyntaxError);
  });
});
