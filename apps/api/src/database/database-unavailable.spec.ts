import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each<[string, unknown]>([
    ['connection refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['connection reset', withCode('ECONNRESET')],
    ['a host that does not resolve', withCode('ENOTFOUND')],
    ['a connection killed mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'a client whose connection already failed',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['pg_terminate_backend (57P01)', withCode('57P01', 'terminating connection')],
    ['a server starting up (57P03)', withCode('57P03')],
    ['too many connections (53300)', withCode('53300')],
    ['a connection exception (08006)', withCode('08006')],
    [
      'a termination wrapped by TypeORM',
      new QueryFailedError('SELECT 1', [], withCode('57P01', 'terminating connection')),
    ],
    [
      'refused on every address tried (AggregateError)',
      new AggregateError([withCode('ECONNREFUSED')], ''),
    ],
  ])('blames the database for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a unique violation (23505)', withCode('23505', 'duplicate key')],
    ['a syntax error (42601)', new QueryFailedError('SELEC', [], withCode('42601'))],
    ['a serialization failure (40001)', withCode('40001')],
    ['a programming error', new TypeError('x is undefined')],
    ['a string', 'ECONNREFUSED'],
  ])('does not blame the database for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
