import { contentHash } from './content-hash';

describe('contentHash', () => {
  it('is the SHA-256, in hex, of the canonical JSON (key order ignored)', () => {
    expect(contentHash({ b: [true, null], a: 1 })).toBe(
      '1cc69c7fa23616ca2ec3ee70d24390a6225c8832db8a4c814c7e0e7f942f8668',
    );
  });
});
