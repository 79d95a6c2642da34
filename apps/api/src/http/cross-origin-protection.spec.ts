import { isCrossOriginRequest, type CrossOriginFacts } from './cross-origin-protection';

const base: CrossOriginFacts = {
  method: 'POST',
  secFetchSite: undefined,
  origin: undefined,
  host: 'localhost:3000',
  publicOrigin: 'https://signoff.example.org',
};

describe('isCrossOriginRequest', () => {
  it.each<[string, Partial<CrossOriginFacts>, boolean]>([
    ['a safe method from anywhere', { method: 'GET', secFetchSite: 'cross-site' }, false],
    ['HEAD from anywhere', { method: 'HEAD', secFetchSite: 'cross-site' }, false],
    ['same-origin fetch', { secFetchSite: 'same-origin', origin: 'http://localhost:3000' }, false],
    ['a typed URL or bookmark', { secFetchSite: 'none' }, false],
    ['cross-site fetch', { secFetchSite: 'cross-site', origin: 'https://evil.example' }, true],
    [
      'same-site fetch (a sibling subdomain)',
      { secFetchSite: 'same-site', origin: 'https://other.example.org' },
      true,
    ],
    [
      'cross-site even if Origin looks right',
      { secFetchSite: 'cross-site', origin: 'http://localhost:3000' },
      true,
    ],
    ['no browser headers at all (curl)', {}, false],
    ['old browser, Origin matches Host', { origin: 'http://localhost:3000' }, false],
    ['old browser, Origin matches Host in other case', { origin: 'http://LOCALHOST:3000' }, false],
    [
      'old browser, Origin is PUBLIC_ORIGIN behind a proxy',
      { origin: 'https://signoff.example.org', host: 'app:3000' },
      false,
    ],
    ['old browser, foreign Origin', { origin: 'https://evil.example' }, true],
    ['old browser, same host other port', { origin: 'http://localhost:4000' }, true],
    ['Origin null (sandboxed frame)', { origin: 'null' }, true],
    ['DELETE cross-site', { method: 'DELETE', secFetchSite: 'cross-site' }, true],
    ['PUT with lower-case method', { method: 'put', origin: 'https://evil.example' }, true],
  ])('%s → refused: %s', (_case, facts, refused) => {
    expect(isCrossOriginRequest({ ...base, ...facts })).toBe(refused);
  });
});
