import express from 'express';
import request from 'supertest';
import { securityHeadersByRoute } from './security-headers';

function headersAt(publicOrigin: string, path = '/api/health') {
  const app = express();
  app.use(securityHeadersByRoute(publicOrigin));
  app.get(/.*/, (_req, res) => {
    res.send('ok');
  });
  return request(app).get(path);
}

describe('securityHeadersByRoute', () => {
  it('sends HSTS for a year when people use an https origin', async () => {
    const response = await headersAt('https://signoff.example.org');
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it.each(['/api/health', '/api/docs'])(
    'sends no HSTS on a plain-http origin, which it would break (%s)',
    async (path) => {
      const response = await headersAt('http://localhost:3000', path);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    },
  );

  it('leaves framing to CSP frame-ancestors, with no weaker X-Frame-Options beside it', async () => {
    const response = await headersAt('https://signoff.example.org');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBeUndefined();
  });
});
