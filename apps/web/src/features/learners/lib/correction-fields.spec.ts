import { CORRECTABLE_FIELDS, correctionFieldName } from './correction-fields';

describe('correctionFieldName', () => {
  it.each([
    ['dateOfBirth', 'Date of birth'],
    ['uln', 'Unique learner number'],
    ['englishEvidence', 'English language results'],
  ])('names %s as the record’s form does: %s', (field, name) => {
    expect(correctionFieldName(field)).toBe(name);
  });

  it('keeps a part it has no name for as stored, rather than showing nothing', () => {
    expect(correctionFieldName('nickname')).toBe('nickname');
  });

  it('has words for every part a learner may ask to correct', () => {
    for (const { id, label } of CORRECTABLE_FIELDS) expect(label).not.toBe(id);
  });
});
