import { filterFromSearch, isFiltered, searchWithFilter } from './evidence-filter';

describe('the evidence filter in the address', () => {
  it.each([
    ['nothing asked', '', {}],
    ['a unit and an outcome', 'unit=U1&outcome=2', { unit: 'U1', outcome: '2' }],
    ['an outcome without its unit, ignored', 'outcome=2', {}],
    [
      'a known method and status',
      'method=direct_observation&status=referred',
      { method: 'direct_observation', status: 'referred' },
    ],
    ['an unknown method and status, ignored', 'method=telepathy&status=lost', {}],
  ])('reads %s', (_case, search, filter) => {
    expect(filterFromSearch(new URLSearchParams(search))).toEqual(filter);
  });

  it('writes the filter back, keeping the other parameters and dropping cleared ones and the page', () => {
    const next = searchWithFilter(new URLSearchParams('enrolment=e1&unit=U1&status=draft&page=3'), {
      unit: 'U2',
      method: 'direct_observation',
    });
    expect(next.toString()).toBe('enrolment=e1&unit=U2&method=direct_observation');
  });

  it('says whether anything narrows the list', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ status: 'accepted' })).toBe(true);
  });
});
