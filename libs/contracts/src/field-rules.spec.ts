import { emailAddress, number, recordId, shapeProblems, text } from './field-rules';

describe('emailAddress', () => {
  const rule = emailAddress(254);
  it.each([
    ['sam.carter@example.org', null],
    ["Sam.O'Neil+signoff@mail.example.org", null],
    ['sam@example', 'must be an email address'],
    ['.sam@example.org', 'must be an email address'],
    ['sam.@example.org', 'must be an email address'],
    ['sam..carter@example.org', 'must be an email address'],
    ['sam carter@example.org', 'must be an email address'],
    ['', 'must be filled in'],
    [42, 'must be an email address'],
    [`${'s'.repeat(243)}@example.org`, 'must be at most 254 characters long'],
  ])('%p: %p', (value, expected) => {
    expect(rule.check(value)).toBe(expected);
  });
});

describe('recordId', () => {
  const rule = recordId('must be a centre id');
  it.each([
    ['7c9e6679-7425-40de-944b-e07fc1f90ae7', null],
    ['riverside', 'must be a centre id'],
    [42, 'must be a centre id'],
    [null, 'must be chosen'],
    ['', 'must be chosen'],
  ])('%p: %p', (value, expected) => {
    expect(rule.check(value)).toBe(expected);
  });
});

describe('shapeProblems', () => {
  const rules = { name: text(5), age: number({ min: 0, max: 130, step: 1 }) };

  it('asks for a field left out, and names each by its path under the one given', () => {
    expect(shapeProblems(rules, { age: 131 }, 'people.2')).toEqual([
      { path: 'people.2.name', message: 'must be filled in' },
      { path: 'people.2.age', message: 'must be 130 or less' },
    ]);
  });

  it('refuses something that is not a group of fields', () => {
    expect(shapeProblems(rules, ['Sam', 30])).toEqual([
      { path: 'body', message: 'must be a group of fields' },
    ]);
  });
});
