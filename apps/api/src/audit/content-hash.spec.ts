import { canonicalJson, contentHash } from './content-hash';

describe('contentHash', () => {
  it('ignores key order, at every depth', () => {
    expect(contentHash({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(
      contentHash({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }),
    );
  });

  it('sees every change of value and of list order', () => {
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
    expect(contentHash({ a: null })).not.toBe(contentHash({ a: 0 }));
  });

  it('writes compact JSON', () => {
    expect(canonicalJson({ z: 'é', a: [true, null, 1.5] })).toBe('{"a":[true,null,1.5],"z":"é"}');
  });
});
