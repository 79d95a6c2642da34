import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { MEDIA_TYPES } from './content-type';
import { HEAD_BYTES, stageUpload, WRITE_BUFFER_BYTES } from './stage-upload';
import { PNG, TEXT } from './testing/evidence-samples';
import { storedZip } from './testing/stored-zip';
import {
  UnsupportedContentType,
  UploadAborted,
  UploadEmpty,
  UploadTooLarge,
} from './upload-errors';

const MiB = 1024 * 1024;

/** A body of `total` bytes in `chunkSize` pieces, made as it is read; counts what was pulled. */
function generatedBody(first: Buffer, total: number, chunkSize = 64 * 1024) {
  const counter = { pulled: 0 };
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const size = Math.min(chunkSize, total - sent);
      const chunk = Buffer.alloc(size, 0x61); // "a": text, so any head is valid
      if (sent < first.length) first.copy(chunk, 0, sent, Math.min(first.length, sent + size));
      sent += size;
      counter.pulled = sent;
      this.push(chunk);
    },
  });
  return { stream, counter };
}

describe('stageUpload', () => {
  let stagingDir: string;
  beforeEach(async () => {
    stagingDir = await mkdtemp(join(tmpdir(), 'stage-upload-'));
  });
  afterEach(async () => {
    await rm(stagingDir, { recursive: true, force: true });
  });

  const stage = (source: Readable, declaredName = 'evidence.bin', maxBytes = 10 * MiB) =>
    stageUpload(source, { stagingDir, maxBytes, declaredName });
  const stagingFiles = () => readdir(stagingDir);

  it('stages a file whole and describes it by its content, not its name', async () => {
    const staged = await stage(Readable.from([PNG.subarray(0, 5), PNG.subarray(5)]), 'report.pdf');

    expect(staged).toMatchObject({
      size: PNG.length,
      mediaType: MEDIA_TYPES.png,
      extension: 'png',
      previewable: true,
      originalName: 'report.pdf',
      sha256: createHash('sha256').update(PNG).digest('hex'),
    });
    expect(await readFile(staged.path)).toEqual(PNG);
    expect(await stagingFiles()).toHaveLength(1);
  });

  it('hashes a multi-chunk body larger than the head as node:crypto hashes it whole', async () => {
    const { stream } = generatedBody(TEXT, 5 * MiB, 50_000);
    const whole = Buffer.alloc(5 * MiB, 0x61);
    TEXT.copy(whole);

    const staged = await stage(stream);

    expect(staged.size).toBe(5 * MiB);
    expect(staged.sha256).toBe(createHash('sha256').update(whole).digest('hex'));
    expect((await readFile(staged.path)).equals(whole)).toBe(true); // toEqual is slow on MiBs
  });

  it('accepts text longer than the head', async () => {
    const text = Buffer.from('Witness testimony. '.repeat(HEAD_BYTES / 8), 'utf8');
    expect(await stage(Readable.from([text]))).toMatchObject({ mediaType: MEDIA_TYPES.text });
  });

  it('recognises an Office document by the ZIP directory once it is staged', async () => {
    const docx = storedZip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: '<w:document/>' },
    ]);
    expect(await stage(Readable.from([docx]), 'Unit 3.docx')).toMatchObject({
      mediaType: MEDIA_TYPES.docx,
      extension: 'docx',
    });
  });

  it('refuses a plain ZIP and leaves nothing in staging', async () => {
    const zip = storedZip([{ name: 'notes.txt', content: 'hello' }]);
    await expect(stage(Readable.from([zip]), 'notes.docx')).rejects.toThrow(UnsupportedContentType);
    expect(await stagingFiles()).toEqual([]);
  });

  it.each([
    ['HTML', '<!doctype html><html><script>alert(1)</script></html>'],
    ['SVG', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['XML', '<?xml version="1.0"?><note/>'],
  ])('refuses %s and leaves nothing in staging', async (_kind, text) => {
    await expect(stage(Readable.from([Buffer.from(text)]), 'notes.txt')).rejects.toThrow(
      UnsupportedContentType,
    );
    expect(await stagingFiles()).toEqual([]);
  });

  it('refuses binary junk as soon as its first chunk shows it, without reading the rest', async () => {
    const junk = Buffer.from(Array.from({ length: 256 }, (_, n) => n));
    const { stream, counter } = generatedBody(junk, 100 * MiB);

    await expect(stage(stream, 'junk.pdf', 200 * MiB)).rejects.toThrow(UnsupportedContentType);
    expect(counter.pulled).toBeLessThan(2 * MiB);
    expect(await stagingFiles()).toEqual([]);
  });

  it('refuses an empty body', async () => {
    await expect(stage(Readable.from([]))).rejects.toThrow(UploadEmpty);
    expect(await stagingFiles()).toEqual([]);
  });

  it('accepts a body of exactly the limit', async () => {
    const { stream } = generatedBody(TEXT, MiB);
    expect(await stage(stream, 'notes.txt', MiB)).toMatchObject({ size: MiB });
  });

  it('stops at the limit with UploadTooLarge, leaves nothing in staging and the source not destroyed', async () => {
    const { stream, counter } = generatedBody(PNG, 50 * MiB);

    await expect(stage(stream, 'photo.png', MiB)).rejects.toThrow(UploadTooLarge);

    expect(counter.pulled).toBeLessThan(3 * MiB);
    expect(stream.destroyed).toBe(false);
    expect(await stagingFiles()).toEqual([]);
  });

  it('throws UploadAborted and leaves nothing when the body errors midway', async () => {
    const source = new Readable({ read: () => undefined }); // data comes by push below
    source.push(TEXT);
    source.push(Buffer.alloc(HEAD_BYTES * 2, 0x61));
    setTimeout(() => source.destroy(new Error('socket hang up')), 20);

    await expect(stage(source)).rejects.toThrow(UploadAborted);
    expect(await stagingFiles()).toEqual([]);
  });

  it('throws UploadAborted and leaves nothing when an HTTP client goes away mid-body', async () => {
    let outcome: Promise<unknown> | undefined;
    const server = createServer((req: IncomingMessage) => {
      outcome = stage(req).then(
        () => 'staged',
        (error: unknown) => error,
      );
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const client = request({
        port,
        method: 'POST',
        headers: { 'content-length': String(4 * MiB) },
      });
      client.on('error', () => undefined);
      client.write(TEXT);
      client.write(Buffer.alloc(256 * 1024, 0x61));
      await new Promise((resolve) => setTimeout(resolve, 100));
      client.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(await outcome).toBeInstanceOf(UploadAborted);
      expect(await stagingFiles()).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('cleans the original name: no path, no control or direction characters', async () => {
    const staged = await stage(
      Readable.from([TEXT]),
      '..\\..\\C:\\Users\\me/evil\u202Etxt.exe\u0000\n',
    );
    expect(staged.originalName).toBe('eviltxt.exe');
  });

  // A source that always has more at once, as a fast client on a slow disk: without backpressure
  // the whole body would wait in memory for the disk.
  it('reads the body no further ahead of the disk than its write buffer', async () => {
    const { stream, counter } = generatedBody(TEXT, 64 * MiB);
    let furthestAhead = 0;
    stream.on('data', () => {
      const [part] = readdirSync(stagingDir);
      const written = part === undefined ? 0 : statSync(join(stagingDir, part)).size;
      furthestAhead = Math.max(furthestAhead, counter.pulled - written);
    });

    expect((await stage(stream, 'long.txt', 100 * MiB)).size).toBe(64 * MiB);
    expect(furthestAhead).toBeGreaterThan(0);
    expect(furthestAhead).toBeLessThan(WRITE_BUFFER_BYTES + 2 * MiB);
  }, 60_000);

  // Memory: 200 MiB generated on the fly must not be held. RSS is noisy on a 2-core CI machine,
  // so the bound (64 MiB) is far above what a bounded stream uses yet far below the body's size.
  it('keeps memory bounded while staging 200 MiB', async () => {
    const { stream } = generatedBody(TEXT, 200 * MiB);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const staged = await stage(stream, 'long.txt', 300 * MiB);
      expect(staged.size).toBe(200 * MiB);
    } finally {
      clearInterval(sampler);
    }
    if (process.env['REPORT_RSS'])
      console.log(`RSS grew by ${((peak - before) / MiB).toFixed(1)} MiB`);
    expect(peak - before).toBeLessThan(64 * MiB);
  }, 60_000);
});
