import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { csvBody } from '../learner-import/csv-body';
import { crossOriginProtection } from './cross-origin-protection';
import { ErrorEnvelopeFilter } from './error-envelope.filter';
import { refuseDeepJson } from './json-depth';
import { securityHeadersByRoute } from './security-headers';
import { validationPipe } from './validation';
import { webApp } from './web-app';

/** Everything between the socket and the controllers; shared by the server and the e2e tests. */
export function configureHttp(app: NestExpressApplication, config: AppConfig): INestApplication {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
  app.use(refuseDeepJson);
  app.use(csvBody);
  app.use(securityHeadersByRoute(config.publicOrigin));
  app.use(cookieParser());
  app.use(crossOriginProtection(config.publicOrigin));
  app.use(webApp(config.webDistDir));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ErrorEnvelopeFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Signoff API')
      .setDescription(
        'Learner e-portfolio and assessment tracker. Errors share one envelope: { code, message, errors? }.',
      )
      .setVersion('0.1.0')
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
