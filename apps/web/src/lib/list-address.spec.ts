import { addressWith, listRoute, readListAddress } from './list-address';

const options = { limit: 50, sorts: ['name', 'email'], filters: ['role'], searches: true };

describe('readListAddress', () => {
  it.each([
    ['', { offset: 0, q: '', sort: null, filters: {} }],
    [
      'page=3&q=%20zoe%20&sort=email&direction=desc&role=iqa&other=x',
      {
        offset: 100,
        q: 'zoe',
        sort: { column: 'email', direction: 'descending' },
        filters: { role: 'iqa' },
      },
    ],
    // A field the list does not sort by is dropped, not sent to be refused; a bad page is page one.
    ['sort=password&page=-2', { offset: 0, q: '', sort: null, filters: {} }],
    [
      'sort=name&direction=sideways',
      { offset: 0, q: '', sort: { column: 'name', direction: 'ascending' }, filters: {} },
    ],
  ])('reads %j', (search, expected) => {
    expect(readListAddress(new URLSearchParams(search), options)).toEqual(expected);
  });

  it('leaves ?q= to another list when this one has no search box', () => {
    const read = readListAddress(new URLSearchParams('q=zoe'), { ...options, searches: false });
    expect(read.q).toBe('');
  });
});

describe('listRoute', () => {
  it('is the bare path when nothing is asked', () => {
    expect(listRoute('/api/users', { q: '', sort: null, filters: {} })).toBe('/api/users');
  });

  it('adds the search, order and filters, and the page’s own fixed ones', () => {
    const route = listRoute(
      '/api/enrolments',
      {
        q: 'zoë brown',
        sort: { column: 'learner', direction: 'descending' },
        filters: { status: 'active' },
      },
      { mine: 'assessor' },
    );
    expect(route).toBe(
      '/api/enrolments?q=zo%C3%AB+brown&sort=learner&direction=desc&status=active&mine=assessor',
    );
  });

  it('joins onto a path that already has parameters', () => {
    expect(
      listRoute('/api/x/evidence?method=observation', {
        q: '',
        sort: { column: 'title', direction: 'ascending' },
        filters: {},
      }),
    ).toBe('/api/x/evidence?method=observation&sort=title&direction=asc');
  });
});

describe('addressWith', () => {
  const before = new URLSearchParams('page=4&q=old&enrolment=e1');

  it.each([
    [{ q: '  new words ' }, 'q=new+words&enrolment=e1'],
    [{ q: '' }, 'enrolment=e1'],
    [
      { sort: { column: 'name', direction: 'descending' as const } },
      'q=old&enrolment=e1&sort=name&direction=desc',
    ],
    [{ filter: 'role', value: 'iqa' }, 'q=old&enrolment=e1&role=iqa'],
    [{ offset: 100, limit: 50 }, 'q=old&enrolment=e1&page=3'],
    [{ offset: 0, limit: 50 }, 'q=old&enrolment=e1'],
  ])('changes %j, back to page one unless paging, keeping the rest', (change, expected) => {
    expect(addressWith(before, change).toString()).toBe(expected);
  });

  it('goes back to the usual order', () => {
    const sorted = new URLSearchParams('sort=name&direction=desc&role=iqa');
    expect(addressWith(sorted, { sort: null }).toString()).toBe('role=iqa');
  });
});
