import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { ROUTE_RULE } from '../src/auth/route-rule.decorator';
import { createCentre, createPerson, signIn, startTestApp, type TestApp } from './support/test-app';

describe('HTTP conventions', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await startTestApp();
    const centreId = await createCentre(t.db);
    cookie = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'learner' }]));
  });
  afterAll(() => t.close());

  it('reports health only after asking the database', async () => {
    const response = await request(t.http).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers an unknown /api route with 404 in the envelope', async () => {
    const response = await request(t.http).get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'NOT_FOUND', message: 'No such route' });
  });

  it('sends security headers tightened past helmet’s defaults', async () => {
    const response = await request(t.http).get('/api/health');
    expect(
      Number(/max-age=(\d+)/.exec(response.headers['strict-transport-security'])?.[1]),
    ).toBeGreaterThanOrEqual(31536000);
    const csp: string = response.headers['content-security-policy'];
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI document and its UI under a CSP of its own', async () => {
    const json = await request(t.http).get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/me', '/api/users']),
    );
    const ui = await request(t.http).get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.headers['content-security-policy']).toContain("'unsafe-inline'");
    expect(ui.headers['content-security-policy']).toContain("object-src 'none'");
  });

  it('carries a request id, honouring a well-formed one from a proxy', async () => {
    const response = await request(t.http).get('/api/health').set('X-Request-Id', 'proxy-abc-123');
    expect(response.headers['x-request-id']).toBe('proxy-abc-123');
    const generated = await request(t.http)
      .get('/api/health')
      .set('X-Request-Id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('cross-origin protection', () => {
    const logout = () => request(t.http).post('/api/auth/logout').set('Cookie', cookie);

    it('refuses a cross-site POST (403) and leaves the session alive', async () => {
      const response = await logout()
        .set('Sec-Fetch-Site', 'cross-site')
        .set('Origin', 'https://evil.example');
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('CROSS_ORIGIN_REQUEST');
      expect((await request(t.http).get('/api/me').set('Cookie', cookie)).status).toBe(200);
    });

    it('refuses a same-site POST (403)', async () => {
      expect((await logout().set('Sec-Fetch-Site', 'same-site')).status).toBe(403);
    });

    it('refuses a foreign Origin when Sec-Fetch-Site is absent (403)', async () => {
      expect((await logout().set('Origin', 'https://evil.example')).status).toBe(403);
    });

    it('lets a login from PUBLIC_ORIGIN through when Sec-Fetch-Site is absent', async () => {
      const response = await request(t.http)
        .post('/api/auth/login')
        .set('Origin', 'https://signoff.test')
        .send({ email: 'nobody@example.test', password: 'whatever it is' });
      expect(response.status).toBe(401);
    });

    it('lets reads through from anywhere', async () => {
      const response = await request(t.http)
        .get('/api/me')
        .set('Cookie', cookie)
        .set('Sec-Fetch-Site', 'cross-site');
      expect(response.status).toBe(200);
    });
  });

  it('has an access rule declared on every route', () => {
    const undeclared: string[] = [];
    let routes = 0;
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        const prototype = (metatype as { prototype: object }).prototype;
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const handler = (prototype as Record<string, unknown>)[name];
          if (
            typeof handler !== 'function' ||
            Reflect.getMetadata(METHOD_METADATA, handler) === undefined
          )
            continue;
          routes++;
          const rule =
            Reflect.getMetadata(ROUTE_RULE, handler) ??
            Reflect.getMetadata(ROUTE_RULE, metatype as object);
          if (rule === undefined) {
            const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
            undeclared.push(
              `${method} ${Reflect.getMetadata(PATH_METADATA, metatype as object)}/${Reflect.getMetadata(PATH_METADATA, handler)}`,
            );
          }
        }
      }
    }
    expect(routes).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });

  it('never puts a stack trace or SQL in a response', async () => {
    const response = await request(t.http).get('/api/users/%E0%A4%A').set('Cookie', cookie);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|SELECT|stack/i);
  });
});
