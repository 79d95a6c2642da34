import { loggableUrl } from './loggable-url';

describe('loggableUrl', () => {
  it.each([
    ['/api/witness/Zq8-xY_4Zq8-xY_4Zq8-xY_4Zq8-xY_4Zq8-xY_4abc', '/api/witness/[token]'],
    ['/api/witness/abc?x=1', '/api/witness/[token]?x=1'],
    ['/api/enrolments/1/witness-requests', '/api/enrolments/1/witness-requests'],
    ['/api/health', '/api/health'],
  ])('logs %s as %s', (url, logged) => {
    expect(loggableUrl(url)).toBe(logged);
  });
});
