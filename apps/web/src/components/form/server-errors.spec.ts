import { ApiError } from '../../lib/api-client';
import { showServerErrors } from './server-errors';

function validationFailed(errors: { path: string; message: string }[]) {
  return new ApiError(400, { code: 'VALIDATION_FAILED', message: 'Validation failed', errors });
}

describe('showServerErrors', () => {
  it('puts each field problem of a 400 on its field in the server’s words, focusing the first', () => {
    const setError = jest.fn();

    const marked = showServerErrors(
      validationFailed([
        { path: 'displayName', message: 'must be at most 120 characters' },
        { path: 'roles.0.centreId', message: 'must be a centre you administer' },
      ]),
      setError,
      { subjects: { displayName: 'Display name', roles: 'Roles' } },
    );

    expect(marked).toEqual(['displayName', 'roles']);
    expect(setError.mock.calls).toEqual([
      [
        'displayName',
        { type: 'server', message: 'Display name must be at most 120 characters.' },
        { shouldFocus: true },
      ],
      [
        'roles',
        { type: 'server', message: 'Roles must be a centre you administer.' },
        { shouldFocus: false },
      ],
    ]);
  });

  it('keeps a row’s whole path when asked, and renames a request path to its form field', () => {
    const setError = jest.fn();

    showServerErrors(
      validationFailed([
        { path: 'englishEvidence.0.overall', message: 'must be between 0 and 9' },
        { path: 'employer.organisation', message: 'must not be blank' },
      ]),
      setError,
      {
        fullPaths: true,
        subjects: {
          'englishEvidence.*.overall': 'Overall band',
          'employer.organisation': 'Employer',
        },
        fieldNames: { 'employer.organisation': 'employerOrganisation' },
      },
    );

    expect(setError.mock.calls.map(([field, error]) => [field, error.message])).toEqual([
      ['englishEvidence.0.overall', 'Overall band must be between 0 and 9.'],
      ['employerOrganisation', 'Employer must not be blank.'],
    ]);
  });

  it('marks no field for an answer that is not about fields', () => {
    const setError = jest.fn();

    const marked = showServerErrors(
      new ApiError(401, { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' }),
      setError,
    );

    expect(marked).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });
});
