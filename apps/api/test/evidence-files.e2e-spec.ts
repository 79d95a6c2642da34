import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DECLARATION_STATEMENT } from '@signoff/contracts';
import request from 'supertest';
import { FILE_VAULT, type FileVault } from '../src/files/file-vault';
import { PDF, PNG } from '../src/files/testing/evidence-samples';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import {
  API_TIMESTAMP,
  centreRows,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
} from './support/test-app';

const CONTENT = {
  method: 'product_evidence',
  title: 'Risk assessment and care plan',
  narrative: '',
  activityDate: '2026-10-20',
  claims: [
    { unit: 'QC28074-3', outcome: '1', criterion: null },
    { unit: 'QC28074-5', outcome: '2', criterion: null },
  ],
};
const LIMIT = 64 * 1024;

describe('evidence files', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_BYTES: String(LIMIT) });
    await t.app.listen(0, '127.0.0.1');
    fixture = await enrolmentFixture(t);
    learner = await fixture.enrolLearner();
  });
  afterAll(() => t.close());

  const draft = async () =>
    (
      await request(t.http)
        .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
        .set('Cookie', learner.cookie)
        .send(CONTENT)
    ).body.id as string;
  const upload = (itemId: string, name: string, body: Buffer, cookie = learner.cookie) =>
    request(t.http)
      .post(`/api/evidence/${itemId}/files?name=${encodeURIComponent(name)}`)
      .set('Cookie', cookie)
      .set('Content-Type', 'application/octet-stream')
      .send(body);
  const storedFiles = async () => (await centreRows(t.db, fixture.centreId)).storedFiles;
  const filesDir = (part: 'staging' | 'objects') => join(t.config.dataDir, 'files', part);
  const fileCount = (part: 'staging' | 'objects') =>
    readdirSync(filesDir(part), { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    ).length;
  const objectCount = () => fileCount('objects');

  it('stores a photo and a PDF by content, hashed, on the draft, and submits them under the declaration', async () => {
    const id = await draft();
    const photo = await upload(id, 'Care plan photo.png', PNG);
    expect(photo.status).toBe(201);
    const pdf = await upload(id, 'Risk assessment – Ward 4.pdf', PDF);
    expect(
      pdf.body.current.files.map(
        (file: {
          name: string;
          mediaType: string;
          sha256: string;
          previewable: boolean;
          uploadedAt: string;
        }) => [file.name, file.mediaType, file.sha256, file.previewable, file.uploadedAt],
      ),
    ).toEqual([
      [
        'Care plan photo.png',
        'image/png',
        createHash('sha256').update(PNG).digest('hex'),
        true,
        expect.stringMatching(API_TIMESTAMP),
      ],
      [
        'Risk assessment – Ward 4.pdf',
        'application/pdf',
        createHash('sha256').update(PDF).digest('hex'),
        true,
        expect.stringMatching(API_TIMESTAMP),
      ],
    ]);
    const submitted = await request(t.http)
      .post(`/api/evidence/${id}/submit`)
      .set('Cookie', learner.cookie)
      .send({ statement: DECLARATION_STATEMENT, agreed: true });
    expect(submitted.status).toBe(200);
    expect((await upload(id, 'late.png', PNG)).status).toBe(409);
  });

  it('refuses a PNG named .pdf (415) and keeps nothing', async () => {
    const id = await draft();
    const [before, objects] = [await storedFiles(), objectCount()];
    const response = await upload(id, 'scan.pdf', PNG);
    expect(response.status).toBe(415);
    expect(response.body).toEqual({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message:
        'This file holds a PNG image, but its name ends in .pdf, which is for a PDF. Choose the file you meant; or, if this is the right file, rename it to end in .png and add it again.',
    });
    expect([await storedFiles(), objectCount(), fileCount('staging')]).toEqual([
      before,
      objects,
      0,
    ]);
  });

  it('refuses HTML and other content outside the allow-list (415)', async () => {
    const id = await draft();
    expect(
      (await upload(id, 'notes.txt', Buffer.from('<!doctype html><script>alert(1)</script>')))
        .status,
    ).toBe(415);
    expect(
      (await upload(id, 'tool.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]))).status,
    ).toBe(415);
  });

  it('refuses a file over the configured limit (413) and keeps nothing', async () => {
    const id = await draft();
    const [before, objects] = [await storedFiles(), objectCount()];
    const big = Buffer.concat([PDF, Buffer.alloc(LIMIT)]);
    const response = await upload(id, 'big.pdf', big);
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/^Files may be at most 64 KB\. Make this one smaller/),
    });
    // The web app reads the same limit to refuse such a file before sending it.
    const limits = await request(t.http).get('/api/files/limits').set('Cookie', learner.cookie);
    expect(limits.body).toEqual({ maxBytes: LIMIT });
    expect((await request(t.http).get('/api/files/limits')).status).toBe(401);
    expect([await storedFiles(), objectCount(), fileCount('staging')]).toEqual([
      before,
      objects,
      0,
    ]);
  });

  it('leaves no record and no file when the connection is cut midway', async () => {
    const id = await draft();
    const [before, objects] = [await storedFiles(), objectCount()];
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/evidence/${id}/files?name=half.pdf`,
        headers: {
          Cookie: learner.cookie,
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(LIMIT - 1),
        },
      });
      req.on('error', () => resolve());
      req.write(PDF);
      req.write(Buffer.alloc(8192));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([await storedFiles(), objectCount(), fileCount('staging')]).toEqual([
      before,
      objects,
      0,
    ]);
  });

  it('serves downloads as attachments with an RFC 6266 name, nosniff and a sandbox, with ranges', async () => {
    const id = await draft();
    const item = await upload(id, 'Évaluation "finale".pdf', PDF);
    const fileId = item.body.current.files[0].id;
    const download = await request(t.http)
      .get(`/api/files/${fileId}`)
      .set('Cookie', learner.cookie);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      "filename*=UTF-8''%C3%89valuation%20%22finale%22.pdf",
    );
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="[^"]*\.pdf"/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    const range = await request(t.http)
      .get(`/api/files/${fileId}`)
      .set('Cookie', learner.cookie)
      .set('Range', 'bytes=0-3');
    expect(range.status).toBe(206);
    expect(range.headers['content-range']).toBe(`bytes 0-3/${PDF.length}`);
    expect((range.body as Buffer).toString('latin1')).toBe('%PDF');

    const preview = await request(t.http)
      .get(`/api/files/${fileId}/preview`)
      .set('Cookie', learner.cookie);
    expect(preview.status).toBe(200);
    expect(preview.headers['content-disposition']).toMatch(/^inline/);
    expect(preview.headers['content-security-policy']).toMatch(/^sandbox/);
  });

  it('serves a signed address with no session until it expires, and refuses it changed', async () => {
    const id = await draft();
    const item = await upload(id, 'report.pdf', PDF);
    const [{ key }] = await t.db.query(
      `SELECT storage_key AS key FROM stored_files WHERE id = $1`,
      [item.body.current.files[0].id],
    );
    const storage = t.app.get<symbol, FileVault>(FILE_VAULT).storage;
    const signed = (disposition: 'attachment' | 'inline', expiresAt: Date) =>
      storage.signedUrl(key, { disposition, expiresAt });
    const inAnHour = new Date(Date.now() + 3_600_000);

    const preview = await request(t.http).get(await signed('inline', inAnHour));
    expect(preview.status).toBe(200);
    expect(preview.headers['content-disposition']).toMatch(/^inline; filename="report.pdf"/);
    expect(preview.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(Buffer.compare(preview.body as Buffer, PDF)).toBe(0);
    const range = await request(t.http)
      .get(await signed('attachment', inAnHour))
      .set('Range', 'bytes=0-3');
    expect(range.status).toBe(206);
    expect(range.headers['content-disposition']).toMatch(/^attachment/);

    const expired = await request(t.http).get(await signed('inline', new Date(Date.now() - 1000)));
    expect(expired.status).toBe(403);
    expect(expired.body.message).toMatch(/expired/);
    const url = await signed('attachment', inAnHour);
    for (const changed of [
      url.replace('disposition=attachment', 'disposition=inline'),
      url.replace(/expires=\d+/, `expires=${Math.floor(inAnHour.getTime() / 1000) + 86_400}`),
      url.replace(
        key,
        key.replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a')),
      ),
      url.replace(/&signature=.*$/, ''),
    ])
      expect((await request(t.http).get(changed)).status).toBe(403);
  });

  it('refuses an inline preview of a file the browser cannot show safely', async () => {
    const id = await draft();
    const item = await upload(id, 'notes.txt', Buffer.from('Supervision notes, week 3.\n'));
    const fileId = item.body.current.files[0].id;
    expect(
      (await request(t.http).get(`/api/files/${fileId}/preview`).set('Cookie', learner.cookie))
        .status,
    ).toBe(415);
    expect(
      (await request(t.http).get(`/api/files/${fileId}`).set('Cookie', learner.cookie)).status,
    ).toBe(200);
  });

  it('answers 404 for another learner’s file, and for an assessor who does not hold the learner', async () => {
    const id = await draft();
    const fileId = (await upload(id, 'photo.png', PNG)).body.current.files[0].id;
    const other = await fixture.enrolLearner();
    expect(
      (await request(t.http).get(`/api/files/${fileId}`).set('Cookie', other.cookie)).status,
    ).toBe(404);
    expect((await upload(id, 'mine.png', PNG, other.cookie)).status).toBe(404);
    const stranger = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
    );
    expect((await request(t.http).get(`/api/files/${fileId}`).set('Cookie', stranger)).status).toBe(
      404,
    );
    // A file on a draft is the learner's alone until they submit it.
    const holder = await signIn(t.http, fixture.assessor);
    const asHolder = () => request(t.http).get(`/api/files/${fileId}`).set('Cookie', holder);
    expect((await asHolder()).status).toBe(404);
    await request(t.http)
      .post(`/api/evidence/${id}/submit`)
      .set('Cookie', learner.cookie)
      .send({ statement: DECLARATION_STATEMENT, agreed: true });
    expect((await asHolder()).status).toBe(200);
    expect((await request(t.http).get(`/api/files/${fileId}`).set('Cookie', stranger)).status).toBe(
      404,
    );
  });

  it('takes a file off a draft and removes the object nobody holds any more', async () => {
    const id = await draft();
    const fileId = (await upload(id, 'wrong.png', PNG)).body.current.files[0].id;
    const objects = objectCount();
    const removed = await request(t.http)
      .delete(`/api/evidence/${id}/files/${fileId}`)
      .set('Cookie', learner.cookie);
    expect(removed.status).toBe(200);
    expect(removed.body.current.files).toEqual([]);
    expect(objectCount()).toBe(objects - 1);
  });
});
