import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it, with what a reader sees decoded. */
export interface ReceivedMessage {
  envelope: { from: string | null; to: string[] };
  /** The user name the client signed in with, if it did. */
  signedInAs: string | null;
  /** The message as it came over the wire. */
  raw: string;
  subject: string;
  from: string;
  to: string;
  /** The text/plain body (of a multipart/alternative, its plain part), transfer encoding undone. */
  text: string;
}

export interface SmtpSink {
  /** For SMTP_URL: no TLS, no password needed. */
  url: string;
  port: number;
  messages: readonly ReceivedMessage[];
  /** The first message, received or yet to come, that matches; rejects after `timeoutMs`. */
  waitForMessage(
    predicate?: (message: ReceivedMessage) => boolean,
    timeoutMs?: number,
  ): Promise<ReceivedMessage>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 at a free port that keeps every message it is given, so a test
 * reads the e-mail the API sent as a mail server would have got it. It takes any sender and
 * recipient, and any user name and password (over plain text: it is local and offers no TLS).
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMessage[] = [];
  const waiting = new Set<(message: ReceivedMessage) => void>();
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const message: ReceivedMessage = {
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
          },
          signedInAs: typeof session.user === 'string' ? session.user : null,
          raw,
          ...readMessage(raw),
        };
        messages.push(message);
        for (const notify of waiting) notify(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitForMessage(predicate = () => true, timeoutMs = 5_000) {
      const received = messages.find(predicate);
      if (received) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const notify = (message: ReceivedMessage) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          waiting.delete(notify);
          resolve(message);
        };
        const timer = setTimeout(() => {
          waiting.delete(notify);
          reject(
            new Error(
              `No matching e-mail within ${timeoutMs} ms (${messages.length} received, subjects: ${JSON.stringify(messages.map((m) => m.subject))})`,
            ),
          );
        }, timeoutMs);
        waiting.add(notify);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The headers a test asserts on and the plain-text body, decoded, of an RFC 5322 message. */
export function readMessage(
  raw: string,
): Pick<ReceivedMessage, 'subject' | 'from' | 'to' | 'text'> {
  const { headers, body } = splitEntity(raw);
  return {
    subject: decodeWords(headers.get('subject') ?? ''),
    from: decodeWords(headers.get('from') ?? ''),
    to: decodeWords(headers.get('to') ?? ''),
    text: plainTextOf(headers, body) ?? '',
  };
}

/** Header names lower-cased, folded lines unfolded; the body after the first blank line. */
function splitEntity(entity: string): { headers: Map<string, string>; body: string } {
  const normalized = entity.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end === -1 ? '' : normalized.slice(end + 2) };
}

/** The first text/plain part, depth first: the body itself, or inside multipart/*. */
function plainTextOf(headers: Map<string, string>, body: string): string | null {
  const type = headers.get('content-type') ?? 'text/plain';
  const mediaType = type.split(';')[0].trim().toLowerCase();
  if (mediaType.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!boundary) return null;
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith('--')) break;
      const entity = splitEntity(part.replace(/^\n/, ''));
      const text = plainTextOf(entity.headers, entity.body);
      if (text !== null) return text;
    }
    return null;
  }
  if (mediaType !== 'text/plain') return null;
  return decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit');
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body.replace(/\n$/, ''));
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body.replace(/\n$/, '');
  }
}

/** Soft line breaks (`=` at a line's end) joined, `=XX` bytes restored, read as UTF-8. */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/[ \t]*=\n/g, '');
  const bytes: number[] = [];
  for (const piece of joined.split(/(=[0-9A-Fa-f]{2})/)) {
    if (/^=[0-9A-Fa-f]{2}$/.test(piece)) bytes.push(parseInt(piece.slice(1), 16));
    else bytes.push(...Buffer.from(piece, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes non-ASCII headers. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(
      /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g,
      (_word, _charset: string, kind: string, text: string) =>
        kind.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64').toString('utf8')
          : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}
