import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { loggableUrl } from './loggable-url';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * JSON lines with a request id on every line. Bodies are never logged, and the headers that carry
 * secrets are redacted, as are the tokens of witnesses' links in addresses, so no password,
 * cookie, link or evidence content reaches the logs.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const offered = req.headers['x-request-id'];
        const id = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: loggableUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
    },
  };
}
