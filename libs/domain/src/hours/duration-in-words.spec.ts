import { durationInWords } from './duration-in-words';

describe('durationInWords', () => {
  it.each<[number, string]>([
    [0, '0 hours'],
    [1, '1 minute'],
    [45, '45 minutes'],
    [60, '1 hour'],
    [61, '1 hour 1 minute'],
    [450, '7 hours 30 minutes'],
    [1440, '24 hours'],
    [120_000, '2,000 hours'],
  ])('%i minutes: %s', (minutes, expected) => {
    expect(durationInWords(minutes)).toBe(expected);
  });
});
