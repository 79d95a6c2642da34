import { everyWordIn, ListParameters, listOrder } from './list-query';

describe('listOrder', () => {
  const columns = { name: 'u.display_name', joined: 'u.created_at' };

  it.each([
    [{}, 'u.email, u.id'],
    [{ sort: 'name' as const }, 'u.display_name ASC NULLS LAST, u.email, u.id'],
    [
      { sort: 'joined' as const, direction: 'desc' as const },
      'u.created_at DESC NULLS LAST, u.email, u.id',
    ],
  ])('orders %j as %s, the usual order (ending with the id) breaking ties', (query, expected) => {
    expect(listOrder(columns, 'u.email, u.id', query)).toBe(expected);
  });
});

describe('everyWordIn', () => {
  it('is always true without words, and adds no parameter', () => {
    const parameters = new ListParameters(['visible']);
    expect(everyWordIn('text', '  ', parameters)).toBe('true');
    expect(everyWordIn('text', undefined, parameters)).toBe('true');
    expect(parameters.values).toEqual(['visible']);
  });

  it('passes the words (composed) as one parameter after those already there', () => {
    const parameters = new ListParameters(['visible', 'centres']);
    const condition = everyWordIn('haystack', ' Zoe\u0308  smith ', parameters);
    expect(parameters.values).toEqual(['visible', 'centres', ['Zoë', 'smith']]);
    expect(condition).toBe(
      `haystack LIKE ALL (ARRAY(SELECT '%' || search_fold(word) || '%' FROM unnest($3::text[]) word))`,
    );
  });

  it('escapes LIKE wildcards, so that they match only themselves', () => {
    const parameters = new ListParameters([]);
    everyWordIn('haystack', '100% a_b c\\d', parameters);
    expect(parameters.values).toEqual([['100\\%', 'a\\_b', 'c\\\\d']]);
  });
});
