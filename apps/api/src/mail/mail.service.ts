import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { JobFailure } from '../jobs/job-error';

/** One e-mail to one person: a plain-text body always, an HTML one beside it if given. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Hands messages to the SMTP server of SMTP_URL, as SMTP_FROM. Off unless configured: callers
 * check `enabled` and offer another way (a link to copy) when it is false. Addresses and bodies
 * are personal data, so nothing here logs them; a sent message is logged by its id only.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;
  readonly enabled: boolean;

  constructor(@InjectConfig() config: AppConfig) {
    const smtp = config.smtp;
    this.enabled = smtp !== null;
    // Not pooled: messages are few (a witness's link now and then), and a pool's idle
    // connections are dropped by servers in between; a connection per message starts fresh on
    // every try of the job that sends it.
    this.transport =
      smtp === null
        ? null
        : createTransport(
            {
              host: smtp.host,
              port: smtp.port,
              secure: smtp.secure,
              auth: smtp.auth ?? undefined,
              // smtp: upgrades with STARTTLS when the server offers it; a password goes nowhere
              // but the machine itself without it, so a stripped offer fails instead.
              requireTLS: !smtp.secure && smtp.auth !== null && !isLoopback(smtp.host),
              // A job's try fails in seconds, not nodemailer's minutes, so a dead server means a
              // prompt retry rather than a worker held up.
              connectionTimeout: 10_000,
              greetingTimeout: 10_000,
              socketTimeout: 30_000,
              // Messages are text we compose; nothing in them may make the API read a file or fetch a URL.
              disableFileAccess: true,
              disableUrlAccess: true,
            },
            { from: smtp.from },
          );
  }

  /** Sends the message or throws, naming what failed without naming anyone (the job retries). */
  async send(message: MailMessage): Promise<void> {
    if (this.transport === null)
      throw new Error(
        'E-mail is off: set SMTP_URL and SMTP_FROM to send it (check `enabled` first)',
      );
    let messageId: string;
    try {
      const sent = await this.transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
      });
      messageId = sent.messageId;
    } catch (error) {
      const failure = smtpFailure(error);
      this.logger.warn({ code: failure.code, responseCode: failure.responseCode }, failure.message);
      throw new JobFailure(failure.message);
    }
    this.logger.log({ messageId }, 'E-mail handed to the SMTP server');
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * What went wrong, from nodemailer's error code and the server's reply code only: the error's
 * message may quote the server's reply, which often names the recipient.
 */
function smtpFailure(error: unknown): {
  message: string;
  code: string | null;
  responseCode: number | null;
} {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const known = {
    code: typeof code === 'string' ? code : null,
    responseCode: typeof responseCode === 'number' ? responseCode : null,
  };
  const reply = known.responseCode === null ? '' : ` (reply ${known.responseCode})`;
  const reason = (() => {
    switch (known.code) {
      case 'ECONNECTION':
      case 'ESOCKET':
      case 'ETIMEDOUT':
      case 'EDNS':
        return `the SMTP server could not be reached (${known.code})`;
      case 'ETLS':
        return 'TLS with the SMTP server failed';
      case 'EAUTH':
      case 'ENOAUTH':
        return `the SMTP server refused the user name or password of SMTP_URL${reply}`;
      case 'EENVELOPE':
        return `the SMTP server refused the sender or the recipient${reply}`;
      default:
        return `the SMTP server did not take the message (${known.code ?? 'no code'})${reply}`;
    }
  })();
  return { ...known, message: `The e-mail was not sent: ${reason}.` };
}
