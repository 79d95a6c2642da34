// Closed-loop load: `connections` clients on keep-alive connections, each sending its next
// request as soon as its last is answered, for a fixed time.
import http from 'node:http';

/** One keep-alive connection pool per level of concurrency, reused across slots. */
export function agentFor(connections) {
  return new http.Agent({ keepAlive: true, maxSockets: connections });
}

function get(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      let bytes = 0;
      const chunks = [];
      response.on('data', (chunk) => {
        bytes += chunk.length;
        if (response.statusCode >= 400) chunks.push(chunk);
      });
      response.on('end', () =>
        response.statusCode >= 400
          ? reject(new Error(`${url}: ${response.statusCode} ${Buffer.concat(chunks)}`))
          : resolve(bytes),
      );
      response.on('error', reject);
    });
    request.on('error', (error) => reject(new Error(`${url}: ${error.message}`)));
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/**
 * Sends `GET url` with `headers` from `connections` clients for `ms` (a request under way at the
 * end is finished and counted): latency p50 and p95 in ms, requests per second, bytes per answer.
 */
export async function closedLoop(agent, url, { headers = {}, connections, ms }) {
  const latencies = [];
  let bytes = 0;
  const start = performance.now();
  const deadline = start + ms;
  const client = async () => {
    do {
      const sent = performance.now();
      bytes = await get(agent, url, headers);
      latencies.push(performance.now() - sent);
    } while (performance.now() < deadline);
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    rps: latencies.length / (elapsed / 1000),
    bytes,
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Measures every case (`c.url`, `c.headers`) at `connections`, `rounds` times, the baseline
 * before each case in every round and the cases' order turned by one each round, so each case
 * and the baseline share the same conditions. Answers the baseline's and each case's medians
 * over their slots.
 */
export async function rotation(baseline, cases, { connections, rounds, ms }) {
  const agent = agentFor(connections);
  const slots = new Map([[baseline, []], ...cases.map((c) => [c, []])]);
  const slot = (c, length) =>
    closedLoop(agent, c.url, { headers: c.headers, connections, ms: length });
  try {
    for (const c of [baseline, ...cases]) await slot(c, ms / 5);
    for (let round = 0; round < rounds; round += 1) {
      for (let i = 0; i < cases.length; i += 1) {
        const c = cases[(i + round) % cases.length];
        slots.get(baseline).push(await slot(baseline, ms));
        slots.get(c).push(await slot(c, ms));
      }
    }
  } finally {
    agent.destroy();
  }
  const summary = (measured) => ({
    p50: median(measured.map((m) => m.p50)),
    p95: median(measured.map((m) => m.p95)),
    rps: median(measured.map((m) => m.rps)),
    bytes: measured.at(-1).bytes,
  });
  return new Map([...slots].map(([c, measured]) => [c, summary(measured)]));
}
