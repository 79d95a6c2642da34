import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { LoginLimiterService } from './login-limiter.service';
import { SessionsService } from './sessions.service';

/** Clears expired sessions and spent login-limit windows every quarter hour, in one process. */
@Injectable()
export class SessionHousekeeping implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly sessions: SessionsService,
    private readonly limiter: LoginLimiterService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'auth.purge-expired',
      schedule: '*/15 * * * *',
      handle: async () => {
        await this.sessions.purgeExpired();
        await this.limiter.purgeOldWindows();
      },
    });
  }
}
