import { pathInWords } from './path-in-words';

const DOC = {
  units: [
    { reference: 'QC-1', outcomes: [] },
    { reference: 'QC-2', outcomes: [{ number: '3', criteria: [{ number: '3.1' }] }] },
  ],
  rules: { groups: [{ title: 'Optional' }] },
};

describe('a problem’s place in words', () => {
  it.each([
    ['', 'The document'],
    ['title', 'Title'],
    ['units.1.credits', 'Unit 2 (QC-2), credits'],
    [
      'units.1.outcomes.0.criteria.0.title',
      'Unit 2 (QC-2), learning outcome 3, assessment criterion 3.1, title',
    ],
    ['units.5.title', 'Unit 6, title'],
    [
      'rules.groups.0.minimumCredits',
      'Rules of combination, unit group 1 (Optional), minimum credits',
    ],
    ['colour', 'Colour'],
  ])('%s reads "%s"', (path, words) => {
    expect(pathInWords(path, DOC)).toBe(words);
  });
});
