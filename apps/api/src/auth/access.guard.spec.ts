import { Controller, Get, type INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ErrorEnvelopeFilter } from '../http/error-envelope.filter';
import { AccessGuard } from './access.guard';
import { Public, Roles } from './route-rule.decorator';
import { SessionsService } from './sessions.service';

@Controller()
class ProbeController {
  @Get('forgotten')
  forgotten() {
    return 'open';
  }

  @Get('open')
  @Public()
  open() {
    return 'open';
  }

  @Get('admins')
  @Roles('admin')
  admins() {
    return 'admins';
  }
}

/** Sessions resolve from the cookie value: `admin` and `learner` are signed in with that role. */
const sessions = {
  resolve: async (token: string) =>
    ['admin', 'learner'].includes(token)
      ? {
          userId: token,
          email: `${token}@x.test`,
          displayName: token,
          lastSeenAt: new Date(),
          tokenHash: token,
          memberships: [{ centreId: 'c', centreName: 'C', role: token }],
        }
      : null,
};

describe('AccessGuard', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ProbeController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: SessionsService, useValue: sessions },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.use(
      (
        req: { cookies?: unknown; headers: { cookie?: string } },
        _res: unknown,
        next: () => void,
      ) => {
        const [, value] = /signoff_session=([^;]+)/.exec(req.headers.cookie ?? '') ?? [];
        req.cookies = value ? { signoff_session: value } : {};
        next();
      },
    );
    app.useGlobalFilters(new ErrorEnvelopeFilter());
    await app.init();
  });
  afterAll(() => app.close());

  const get = (path: string, who?: string) => {
    const call = request(app.getHttpServer()).get(path);
    return who ? call.set('Cookie', `signoff_session=${who}`) : call;
  };

  it('refuses a route that declares no rule, even to an admin', async () => {
    expect((await get('/forgotten', 'admin')).status).toBe(403);
    expect((await get('/forgotten')).status).toBe(401);
  });

  it('lets anyone through a public route', async () => {
    expect((await get('/open')).status).toBe(200);
  });

  it('lets a role through only to routes naming it', async () => {
    expect((await get('/admins', 'admin')).status).toBe(200);
    expect((await get('/admins', 'learner')).status).toBe(403);
    expect((await get('/admins')).status).toBe(401);
  });
});
