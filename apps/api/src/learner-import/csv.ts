import { takingTurns } from './take-turns';

/**
 * RFC 4180 CSV: fields separated by commas, optionally quoted with "", quotes doubled inside
 * quotes, CRLF or LF line ends, a byte-order mark tolerated. Each record keeps the file line on
 * which it starts, so problems can be reported where a person will look for them.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** The file holds more records than the reader was asked to take. */
export class CsvTooLong extends Error {
  constructor(readonly maxRecords: number) {
    super(`more than ${maxRecords} records`);
  }
}

/**
 * All the records, refusing a file of more than `maxRecords` as soon as the one past it is
 * read, and letting other requests run meanwhile: a large file neither holds up the server
 * nor is parsed further than needed.
 */
export async function readCsv(
  text: string,
  { maxRecords, sliceMs }: { maxRecords: number; sliceMs?: number },
): Promise<CsvRecord[]> {
  const takeTurn = takingTurns(sliceMs);
  const records: CsvRecord[] = [];
  for (const record of csvRecords(text)) {
    if (records.length === maxRecords) throw new CsvTooLong(maxRecords);
    records.push(record);
    await takeTurn();
  }
  return records;
}

/**
 * The records one at a time, so that a caller can stop early (too many) or pause between them
 * (to let other requests run) without the whole file being parsed first.
 */
export function* csvRecords(text: string): Generator<CsvRecord> {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < input.length) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        i++;
        if (i < input.length && !',\r\n'.includes(input[i]))
          throw new CsvSyntaxError(
            line,
            'has text after a closing quote: put the whole value in double quotes, doubling any quote inside it',
          );
        continue;
      }
      if (char === '\n') line++;
      field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      fields.push(field);
      // A blank line is no record.
      if (!(fields.length === 1 && fields[0] === '')) yield { line: recordLine, fields };
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      field += char;
    }
    i++;
  }
  if (quoted)
    throw new CsvSyntaxError(
      recordLine,
      'has a value whose opening double quote is never closed: add the closing quote',
    );
  if (field !== '' || fields.length > 0) yield { line: recordLine, fields: [...fields, field] };
}
