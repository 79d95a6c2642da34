import { QueryFailedError } from 'typeorm';
import { describeJobError, JobFailure } from './job-error';

const withCode = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('describeJobError', () => {
  it.each<[string, unknown, string]>([
    [
      'a failure written for admins',
      new JobFailure('The storage folder is not writable'),
      'The storage folder is not writable',
    ],
    [
      'a database that cannot be reached',
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      'The database could not be reached; the server log has the details.',
    ],
    [
      'a unique violation naming the value',
      new QueryFailedError(
        'INSERT',
        [],
        withCode('23505', 'Key (email)=(jane@example.test) already exists'),
      ),
      'A database statement failed (SQLSTATE 23505); the server log has the details.',
    ],
    [
      'a file named for its learner',
      withCode('ENOENT', "no such file 'jane-smith-cv.pdf'"),
      'A file or network operation failed (ENOENT); the server log has the details.',
    ],
    [
      'any other error quoting data',
      new TypeError('cannot read jane@example.test'),
      'Unexpected TypeError; the server log has the details.',
    ],
    ['a thrown string', 'jane@example.test', 'Unexpected string; the server log has the details.'],
  ])('describes %s in words that name no one', (_case, error, words) => {
    expect(describeJobError(error)).toBe(words);
  });
});
