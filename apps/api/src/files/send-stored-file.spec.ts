import express from 'express';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import request from 'supertest';
import { MEDIA_TYPES } from './content-type';
import type { ByteRange } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { sendStoredFile } from './send-stored-file';
import type { StoredFileDescriptor } from './stored-file';
import { newStorageKey } from './storage-key';

type Parser = Parameters<request.Test['parse']>[0];
const asBuffer: Parser = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Real disk storage that remembers the streams it opened, to see them closed. */
class WatchedStorage {
  readonly opened: Readable[] = [];

  constructor(readonly disk: LocalDiskStorage) {}

  read(key: string, range?: ByteRange): Readable {
    const stream = this.disk.read(key, range);
    this.opened.push(stream);
    return stream;
  }
}

describe('sendStoredFile', () => {
  const CONTENT = Buffer.from('%PDF-1.4\n' + '0123456789'.repeat(100)); // 1009 bytes
  let root: string;
  let storage: WatchedStorage;
  let files: Record<string, Omit<StoredFileDescriptor, 'read'>>;
  let app: express.Express;

  async function store(content: Buffer): Promise<string> {
    const key = newStorageKey();
    const staged = join(storage.disk.stagingDir, `${key}.part`);
    await writeFile(staged, content);
    await storage.disk.put(key, staged);
    return key;
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'send-stored-file-'));
    storage = new WatchedStorage(await LocalDiskStorage.open(root));
    const large = Buffer.alloc(32 * 1024 * 1024, 0x61);
    files = {
      report: {
        key: await store(CONTENT),
        size: CONTENT.length,
        mediaType: MEDIA_TYPES.pdf,
        originalName: 'Évaluation "finale".pdf',
        disposition: 'attachment',
      },
      inlinePdf: {
        key: await store(CONTENT),
        size: CONTENT.length,
        mediaType: MEDIA_TYPES.pdf,
        originalName: 'report.pdf',
        disposition: 'inline',
      },
      notes: {
        key: await store(Buffer.from('hello')),
        size: 5,
        mediaType: MEDIA_TYPES.text,
        originalName: 'notes.txt',
        disposition: 'attachment',
      },
      inlineNotes: {
        key: await store(Buffer.from('hello')),
        size: 5,
        mediaType: MEDIA_TYPES.text,
        originalName: 'notes.txt',
        disposition: 'inline',
      },
      large: {
        key: await store(large),
        size: large.length,
        mediaType: MEDIA_TYPES.mp4,
        originalName: 'video.mp4',
        disposition: 'inline',
      },
    };
    app = express();
    app.get('/files/:name', (req, res) => {
      try {
        const file = files[req.params['name'] as string];
        sendStoredFile(req, res, { ...file, read: (range) => storage.read(file.key, range) });
      } catch (error) {
        res.status(409).send((error as Error).message);
      }
    });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('sends an attachment with its detected type and safe headers', async () => {
    const res = await request(app).get('/files/report').buffer(true).parse(asBuffer);

    expect(res.status).toBe(200);
    expect(res.body).toEqual(CONTENT);
    expect(res.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(CONTENT.length),
      'content-disposition': `attachment; filename="_valuation _finale_.pdf"; filename*=UTF-8''%C3%89valuation%20%22finale%22.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'accept-ranges': 'bytes',
      etag: `"${files['report']?.key}"`,
    });
    expect(res.headers['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
  });

  it('sends text with its charset', async () => {
    const res = await request(app).get('/files/notes');
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text).toBe('hello');
  });

  it('sends a previewable file inline, still sandboxed', async () => {
    const res = await request(app).get('/files/inlinePdf').buffer(true).parse(asBuffer);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="report.pdf"/);
    expect(res.headers['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
  });

  it('keeps the origin only for inline media, whose player page loads it with CORS', async () => {
    const media = await request(app).head('/files/large');
    const pdf = await request(app).head('/files/inlinePdf');
    const download = await request(app).head('/files/report');

    expect(media.headers['content-security-policy']).toBe(
      "sandbox allow-same-origin; default-src 'none'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
    );
    expect(pdf.headers['content-security-policy']).toBe(
      "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
    );
    expect(download.headers['content-security-policy']).toBe(
      "sandbox; default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('refuses to send text inline', async () => {
    const res = await request(app).get('/files/inlineNotes');
    expect(res.status).toBe(409);
    expect(res.text).toMatch(/never shown inline/);
  });

  it.each<[string, number, number]>([
    ['bytes=0-9', 0, 9],
    ['bytes=-10', CONTENT.length - 10, CONTENT.length - 1],
    ['bytes=1000-', 1000, CONTENT.length - 1],
  ])('answers Range %s with 206 and those bytes', async (range, start, end) => {
    const res = await request(app)
      .get('/files/report')
      .set('Range', range)
      .buffer(true)
      .parse(asBuffer);

    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${CONTENT.length}`);
    expect(res.headers['content-length']).toBe(String(end - start + 1));
    expect(res.body).toEqual(CONTENT.subarray(start, end + 1));
  });

  it('answers an unsatisfiable range with 416 and the size', async () => {
    const res = await request(app).get('/files/report').set('Range', `bytes=${CONTENT.length}-`);
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe(`bytes */${CONTENT.length}`);
  });

  it('answers several ranges with the whole file', async () => {
    const res = await request(app)
      .get('/files/report')
      .set('Range', 'bytes=0-1,5-6')
      .buffer(true)
      .parse(asBuffer);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(CONTENT);
  });

  it('ignores a Range whose If-Range names other content', async () => {
    const res = await request(app)
      .get('/files/report')
      .set('Range', 'bytes=0-9')
      .set('If-Range', '"something-else"')
      .buffer(true)
      .parse(asBuffer);
    expect(res.status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(app).head('/files/report');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(CONTENT.length));
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.text ?? '').toBe('');
  });

  it('stops reading storage when the client goes away', async () => {
    const server: Server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const openedBefore = storage.opened.length;
      await new Promise<void>((resolve) => {
        const req = get({ port, path: '/files/large' }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stream = storage.opened[openedBefore];
      expect(stream?.destroyed).toBe(true);
      expect(stream?.readableEnded).toBe(false);
    } finally {
      server.close();
    }
  });
});
