import { writeFileSync } from 'node:fs';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
it('dumps', async () => {
  const body = (await request(t.http).get('/api/docs-json')).body;
  writeFileSync(process.env.DOCS_OUT as string, JSON.stringify(body, null, 1));
});
