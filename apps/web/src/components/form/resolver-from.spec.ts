import type { FieldValues, ResolverOptions } from 'react-hook-form';
import { problemsByField, resolverFrom } from './resolver-from';

/** What react-hook-form passes a resolver for a form with no fields registered. */
function options<Values extends FieldValues>(): ResolverOptions<Values> {
  return { fields: {}, names: undefined, shouldUseNativeValidation: false };
}

interface Dates {
  startDate: string;
  plannedEndDate: string;
}

const endAfterStart = ({ startDate, plannedEndDate }: Dates) =>
  plannedEndDate > startDate
    ? []
    : [{ path: 'plannedEndDate', message: 'must be after the start date' }];

describe('resolverFrom', () => {
  it('passes the values through when the check finds nothing', async () => {
    const resolve = resolverFrom(endAfterStart);
    const values = { startDate: '2026-01-01', plannedEndDate: '2027-01-01' };

    expect(await resolve(values, undefined, options<Dates>())).toEqual({
      values,
      errors: {},
    });
  });

  it('turns a predicate at a path into a sentence on that field, with its subject', async () => {
    const resolve = resolverFrom(endAfterStart, {
      subjects: { plannedEndDate: 'Planned end date' },
    });

    const result = await resolve(
      { startDate: '2027-01-01', plannedEndDate: '2026-01-01' },
      undefined,
      options(),
    );

    expect(result.values).toEqual({});
    expect(result.errors).toEqual({
      plannedEndDate: { type: 'check', message: 'Planned end date must be after the start date.' },
    });
  });

  it('nests a problem at a row’s path under its list, as react-hook-form reads it', async () => {
    const resolve = resolverFrom<{ rows: { title: string }[] }>(() => ({
      'rows.1.title': 'Enter the title, or remove the row.',
    }));

    const result = await resolve({ rows: [{ title: 'a' }, { title: '' }] }, undefined, options());

    expect(result.errors).toEqual({
      rows: [
        undefined,
        { title: { type: 'check', message: 'Enter the title, or remove the row.' } },
      ],
    });
  });
});

describe('problemsByField', () => {
  it('keeps sentences already keyed by path as they are', () => {
    expect(problemsByField({ email: 'Enter your email address.' })).toEqual({
      email: 'Enter your email address.',
    });
  });

  it('puts a problem at a request path on the form field named for it', () => {
    expect(
      problemsByField(
        { 'employer.organisation': 'Enter the employer’s name.' },
        { fieldNames: { 'employer.organisation': 'employerOrganisation' } },
      ),
    ).toEqual({ employerOrganisation: 'Enter the employer’s name.' });
  });

  it('joins two problems of one field into one message', () => {
    expect(
      problemsByField(
        [
          { path: 'code', message: 'must be at most 8 characters' },
          { path: 'code', message: 'must not contain spaces' },
        ],
        { subjects: { code: 'The code' } },
      ),
    ).toEqual({ code: 'The code must be at most 8 characters. The code must not contain spaces.' });
  });
});
