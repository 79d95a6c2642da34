import { pagePosition } from './page-position';

const noun = { one: 'person', many: 'people' };

describe('pagePosition', () => {
  it.each([
    [{ offset: 0, shown: 1, total: 1 }, 'Showing 1 person'],
    [{ offset: 0, shown: 8, total: 8 }, 'Showing all 8 people'],
    [{ offset: 0, shown: 50, total: 1234 }, 'Showing 1–50 of 1,234 people'],
    [{ offset: 1200, shown: 34, total: 1234 }, 'Showing 1,201–1,234 of 1,234 people'],
  ])('says %j as %s', (place, words) => {
    expect(pagePosition({ noun, ...place })).toBe(words);
  });
});
