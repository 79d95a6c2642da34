import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { LoginLimiterService } from './login-limiter.service';
import { MeController } from './me.controller';
import { PasswordHasher } from './password-hasher';
import { PasswordLinksService } from './password-links.service';
import { SessionHousekeeping } from './session-housekeeping';
import { SessionsService } from './sessions.service';

@Module({
  imports: [PassportModule.register({ session: false }), AuditModule, JobsModule],
  controllers: [AuthController, MeController],
  providers: [
    AuthRepository,
    AuthService,
    SessionsService,
    PasswordHasher,
    PasswordLinksService,
    LoginLimiterService,
    LocalStrategy,
    SessionHousekeeping,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, PasswordLinksService],
})
export class AuthModule {}
