import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { LoginLimiterService } from './login-limiter.service';
import { SessionsService } from './sessions.service';
import { InjectProcessRole, type ProcessRole } from '../config/process-role';

const EVERY_MS = 15 * 60 * 1000;

/** Clears expired sessions and spent login-limit windows, at start and every quarter hour. */
@Injectable()
export class SessionHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionHousekeeping.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly sessions: SessionsService,
    private readonly limiter: LoginLimiterService,
    @InjectProcessRole() private readonly role: ProcessRole,
  ) {}

  onApplicationBootstrap(): void {
    if (this.role === 'cli') return;
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      await this.sessions.purgeExpired();
      await this.limiter.purgeOldWindows();
    } catch (error) {
      this.logger.warn({ err: error }, 'Session housekeeping failed; will retry');
    }
  }
}
