import { createServer, type AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { parseConfig } from '../src/config/app-config';
import { JobFailure } from '../src/jobs/job-error';
import { MailService } from '../src/mail/mail.service';
import { readMessage, startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

const FROM = 'Signoff <signoff@example.test>';
// Longer than a line of quoted-printable (76), so the transfer encoding must break it and the
// reader must join it again: a witness's link is this long.
const LINK = `https://signoff.test/witness/${'Zq8-xY_4'.repeat(8)}?from=e-mail`;

/** A MailService on its own, for the cases that need no app around it. */
function mailServiceFor(env: Record<string, string>): MailService {
  return new MailService(parseConfig(env, process.cwd()));
}

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('e-mail through a real SMTP server', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    // The services built outside an app would log to the console; the app logs as configured.
    Logger.overrideLogger(false);
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, SMTP_FROM: FROM });
  });

  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('delivers a message with its subject, sender, recipient and a long link intact', async () => {
    const mail = t.app.get(MailService);
    expect(mail.enabled).toBe(true);
    const to = 'ada.witness@example.test';
    await mail.send({
      to,
      subject: 'Ada Lovelace asks for your statement – Care Certificate',
      text: `Ada Lovelace has asked you for a witness statement.\n\nOpen this link to write it:\n${LINK}\n`,
      html: `<p>Open <a href="${LINK}">this link</a> to write it.</p>`,
    });

    const received = await sink.waitForMessage((message) => message.envelope.to.includes(to));
    expect(received.envelope).toEqual({ from: 'signoff@example.test', to: [to] });
    expect(received.subject).toBe('Ada Lovelace asks for your statement – Care Certificate');
    expect(received.from).toBe('Signoff <signoff@example.test>');
    expect(received.to).toBe(to);
    expect(received.text).toContain(`Open this link to write it:\n${LINK}\n`);
  });

  it('signs in with the user and password of SMTP_URL, decoded', async () => {
    const mail = mailServiceFor({
      SMTP_URL: `smtp://centre%40example.test:p%40ss%3Aword@127.0.0.1:${sink.port}`,
      SMTP_FROM: FROM,
    });
    await mail.send({ to: 'signed-in@example.test', subject: 'Signed in', text: 'Hello' });

    const received = await sink.waitForMessage((message) => message.subject === 'Signed in');
    expect(received.signedInAs).toBe('centre@example.test');
  });

  it('rejects when the server cannot be reached, naming no one, so the job sending it retries', async () => {
    const mail = mailServiceFor({
      SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
      SMTP_FROM: FROM,
    });
    const sending = mail.send({ to: 'nobody@example.test', subject: 'Lost', text: LINK });

    await expect(sending).rejects.toThrow(JobFailure);
    await expect(sending).rejects.toThrow(
      /^The e-mail was not sent: the SMTP server could not be reached/,
    );
    await expect(sending).rejects.not.toThrow(/nobody@example\.test/);
  });

  it('is off when SMTP_URL is not set, and refuses to send', async () => {
    const mail = mailServiceFor({});
    expect(mail.enabled).toBe(false);
    await expect(mail.send({ to: 'a@example.test', subject: 'Off', text: 'Off' })).rejects.toThrow(
      /E-mail is off/,
    );
  });
});

describe('the SMTP sink reads a message as a mail client would', () => {
  const crlf = (lines: string[]) => lines.join('\r\n');

  it.each([
    [
      'quoted-printable, soft line breaks joined and =XX bytes restored',
      crlf([
        'Subject: =?UTF-8?Q?Statement_=E2=80=93_please?=',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Caf=C3=A9 link: https://signoff.test/witness/abcdefghijklmnopqrstuvwxyzabcdefghijk=',
        'lmnopqrstuvwxyz',
        'a=3Db',
        '',
      ]),
      {
        subject: 'Statement – please',
        text: 'Café link: https://signoff.test/witness/abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\na=b',
      },
    ],
    [
      'base64, and an encoded word folded over two lines',
      crlf([
        'Subject: =?UTF-8?B?V2l0bmVzcyDigJM=?=',
        ' =?UTF-8?B?IHN0YXRlbWVudA==?=',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('Ünïcode body\nsecond line')
          .toString('base64')
          .replace(/(.{20})/g, '$1\r\n'),
        '',
      ]),
      { subject: 'Witness – statement', text: 'Ünïcode body\nsecond line' },
    ],
    [
      'multipart/alternative, its plain part and not its HTML',
      crlf([
        'Subject: Plain',
        'Content-Type: multipart/alternative;',
        ' boundary="--_b1"',
        '',
        '----_b1',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>HTML</p>',
        '----_b1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 7bit',
        '',
        'The plain text',
        '----_b1--',
        '',
      ]),
      { subject: 'Plain', text: 'The plain text' },
    ],
  ])('decodes %s', (_case, raw, expected) => {
    expect(readMessage(raw)).toMatchObject(expected);
  });
});
