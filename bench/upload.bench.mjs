#!/usr/bin/env node
// Benchmark: one large upload (1 GiB by default) through the real API route, as the demo learner
// onto a draft, beside two baselines measured in the same run on the same disk: `dd` writing as
// many bytes with conv=fsync, and a bare Node HTTP receiver that hashes (SHA-256) and fsyncs what
// it is sent. The three run interleaved, in a rotating order, for several rounds; the medians and
// their ratios are reported, with the API process's RSS growth while it receives. Needs the built
// app (`npx nx run api:build`) and a Postgres server (DATABASE_URL or 127.0.0.1:5432).
//   BENCH_UPLOAD_MIB (1024)  size of the file
//   BENCH_UPLOAD_ROUNDS (3)  rounds of the three
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { signIn, withBenchApp } from './lib/bench-app.mjs';

const MiB = 1024 * 1024;

if (process.argv[2] === '--receiver') await receiver(process.argv[3]);
else await bench();

async function bench() {
  const SIZE_MIB = Number(process.env.BENCH_UPLOAD_MIB ?? 1024);
  const ROUNDS = Number(process.env.BENCH_UPLOAD_ROUNDS ?? 3);
  // Beside the app's DATA_DIR (withBenchApp makes it in tmpdir()), so on the same filesystem.
  const workDir = mkdtempSync(join(tmpdir(), 'signoff-upload-bench-'));
  const source = join(workDir, 'source.mp4');
  let bare;
  try {
    writeSourceFile(source, SIZE_MIB);
    const bytes = statSync(source).size;
    bare = await startReceiver(join(workDir, 'bare'));

    await withBenchApp('signoff_bench_upload', async ({ app }) => {
      const learner = await signIn(app.url, 'learner@demo.test');
      const api = apiUploader(app, learner);
      await api.prepare();
      const cases = {
        dd: () => ddWrite(source, join(workDir, 'dd.bin'), SIZE_MIB),
        'bare Node': () => bare.receive(source, bytes),
        API: () => api.upload(source, bytes),
      };
      const times = { dd: [], 'bare Node': [], API: [] };
      const rssGrowth = [];
      const cpu = { 'bare Node': [], API: [] };
      const names = Object.keys(cases);
      for (let round = 0; round < ROUNDS; round++) {
        // Rotated, so none always runs just after another or on a cold start.
        const order = names.map((_, index) => names[(index + round) % names.length]);
        for (const name of order) {
          const result = await cases[name]();
          times[name].push(result.seconds);
          if (result.rssGrowth !== undefined) rssGrowth.push(result.rssGrowth);
          if (result.cpu !== undefined) cpu[name].push(result.cpu);
        }
        console.log(
          `round ${round + 1}: ` +
            names.map((name) => `${name} ${rate(bytes, times[name].at(-1))}`).join(', ') +
            `; CPU s: bare Node ${cpu['bare Node'].at(-1).toFixed(2)}, API ${cpu.API.at(-1).toFixed(2)}` +
            `; API RSS +${mib(rssGrowth.at(-1))}`,
        );
      }
      const median = Object.fromEntries(names.map((name) => [name, middle(times[name])]));
      console.log(`\n${SIZE_MIB} MiB, median of ${ROUNDS} rounds:`);
      for (const name of names)
        console.log(`  ${name.padEnd(10)} ${rate(bytes, median[name]).padStart(10)}`);
      console.log(`  API ÷ dd        ${(median.dd / median.API).toFixed(2)}×`);
      console.log(`  API ÷ bare Node ${(median['bare Node'] / median.API).toFixed(2)}×`);
      console.log(
        `  CPU seconds of the receiving process: bare Node ${middle(cpu['bare Node']).toFixed(2)}, API ${middle(cpu.API).toFixed(2)}`,
      );
      console.log(
        `  API RSS growth while receiving: median ${mib(middle(rssGrowth))}, most ${mib(Math.max(...rssGrowth))}`,
      );
    });
  } finally {
    await bare?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Random bytes behind an MP4 head, so content sniffing accepts the file as a video. */
function writeSourceFile(path, sizeMib) {
  const fd = openSync(path, 'w');
  try {
    const chunk = Buffer.alloc(MiB);
    for (let n = 0; n < sizeMib; n++) {
      randomFillSync(chunk);
      if (n === 0) Buffer.from('\0\0\0\x18ftypisom\0\0\x02\0isomiso2', 'latin1').copy(chunk);
      writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
}

/** The disk's own pace: the same bytes, 1 MiB at a time, flushed before dd exits. */
async function ddWrite(source, target, sizeMib) {
  try {
    return await timed(async () => {
      const dd = spawnSync(
        'dd',
        [`if=${source}`, `of=${target}`, 'bs=1M', `count=${sizeMib}`, 'conv=fsync'],
        { encoding: 'utf8' },
      );
      if (dd.status !== 0) throw new Error(`dd failed: ${dd.stderr}`);
    });
  } finally {
    await rm(target, { force: true });
  }
}

/** Uploads through the API as the learner, each time onto a new draft, then removes the file. */
function apiUploader(app, cookie) {
  const headers = { cookie, origin: app.url };
  let enrolmentId;
  const call = async (method, path, body) => {
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text);
  };
  return {
    async prepare() {
      const listed = await call('GET', '/api/enrolments');
      enrolmentId = (Array.isArray(listed) ? listed : listed.items)[0].id;
    },
    async upload(source, bytes) {
      const draft = await call('POST', `/api/enrolments/${enrolmentId}/evidence`, {
        method: 'product_evidence',
        title: 'A long recording',
        narrative: '',
        activityDate: '2026-10-20',
        claims: [{ unit: 'QC28074-3', outcome: '1', criterion: null }],
      });
      const sampler = rssSampler(app.pid);
      const cpuBefore = cpuSeconds(app.pid);
      const result = await timed(() =>
        send(
          `${app.url}/api/evidence/${draft.id}/files?name=recording.mp4`,
          source,
          bytes,
          headers,
        ),
      );
      const rssGrowth = sampler.stop();
      const cpu = cpuSeconds(app.pid) - cpuBefore;
      const detail = JSON.parse(result.value);
      const file = detail.current.files[0];
      if (file.size !== bytes || file.mediaType !== 'video/mp4')
        throw new Error(`the API stored ${JSON.stringify(file)}`);
      await call('DELETE', `/api/evidence/${draft.id}/files/${file.id}`);
      return { ...result, rssGrowth, cpu };
    },
  };
}

/** CPU seconds a process has used (user and system), from /proc: steadier than time on a busy machine. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
}

/** Peak VmRSS minus VmRSS at the start, sampled every 20 ms from /proc. */
function rssSampler(pid) {
  const read = () =>
    Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  const before = read();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, read())), 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, read()) - before;
    },
  };
}

/** POSTs the file as application/octet-stream; resolves with the response body, or throws. */
function send(url, source, bytes, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/octet-stream',
        'content-length': String(bytes),
      },
    });
    req.on('error', reject);
    req.on('response', async (response) => {
      const chunks = [];
      for await (const chunk of response) chunks.push(chunk);
      const body = Buffer.concat(chunks).toString();
      if (response.statusCode >= 300) reject(new Error(`${url}: ${response.statusCode} ${body}`));
      else resolve(body);
    });
    pipeline(createReadStream(source, { highWaterMark: MiB }), req).catch(reject);
  });
}

async function timed(action) {
  const start = process.hrtime.bigint();
  const value = await action();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** A second process, as the API is: receives a body, hashes it as it passes, writes and fsyncs it. */
async function startReceiver(dir) {
  const received = join(dir, 'received.bin');
  const child = spawn(process.execPath, [new URL(import.meta.url).pathname, '--receiver', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(child.stdout, 'data');
  return {
    async receive(source, bytes) {
      try {
        const cpuBefore = cpuSeconds(child.pid);
        const result = await timed(() => send(line.toString().trim(), source, bytes, {}));
        return { ...result, cpu: cpuSeconds(child.pid) - cpuBefore };
      } finally {
        await rm(received, { force: true });
      }
    },
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

async function receiver(dir) {
  await mkdir(dir, { recursive: true });
  const server = createServer(async (req, res) => {
    const path = join(dir, 'received.bin');
    try {
      const hash = createHash('sha256');
      const tap = new Transform({
        transform(chunk, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(req, tap, createWriteStream(path, { highWaterMark: MiB }));
      const handle = await open(path, 'r');
      await handle.sync();
      await handle.close();
      res.end(hash.digest('hex'));
    } catch (error) {
      await rm(path, { force: true });
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

function middle(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function rate(bytes, seconds) {
  return `${(bytes / seconds / 1e6).toFixed(0)} MB/s`;
}

function mib(bytes) {
  return `${(bytes / MiB).toFixed(0)} MiB`;
}
