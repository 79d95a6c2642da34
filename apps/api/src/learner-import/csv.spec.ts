import { CsvSyntaxError, CsvTooLong, csvRecords, readCsv } from './csv';

const parseCsv = (text: string) => [...csvRecords(text)];

describe('csvRecords', () => {
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
      new CsvSyntaxError(
        2,
        'has a value whose opening double quote is never closed: add the closing quote',
      ),
    );
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(CsvSyntaxError);
  });

  it('gives records one at a time, so a reader can stop before the end', () => {
    const records = csvRecords('a\nb\n"never closed');
    expect(records.next().value).toEqual({ line: 1, fields: ['a'] });
    expect(records.next().value).toEqual({ line: 2, fields: ['b'] });
    expect(() => records.next()).toThrow(CsvSyntaxError);
  });

  it('reads a file of 100,000 lines in one pass', () => {
    const text = 'a,b\n' + '1,2\n'.repeat(100_000);
    let count = 0;
    for (const record of csvRecords(text)) count += record.fields.length === 2 ? 1 : 0;
    expect(count).toBe(100_001);
  });
});

describe('readCsv', () => {
  it('reads every record of a file within the limit', async () => {
    expect(await readCsv('a\nb\nc', { maxRecords: 3 })).toHaveLength(3);
  });

  it('refuses the record past the limit without reading further', async () => {
    // The broken quote after the limit is never reached.
    await expect(readCsv('a\nb\nc\n"never closed', { maxRecords: 2 })).rejects.toEqual(
      new CsvTooLong(2),
    );
  });

  it('lets other work run while it reads a large file', async () => {
    let ranMeanwhile = false;
    setImmediate(() => (ranMeanwhile = true));
    await readCsv('1,2\n'.repeat(1000), { maxRecords: 1000, sliceMs: 0 });
    expect(ranMeanwhile).toBe(true);
  });
});
