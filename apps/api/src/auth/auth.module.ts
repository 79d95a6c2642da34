import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { APP_ROLE_IN_PROCESS, type ProcessRole } from '../config/process-role';
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
import { ReauthenticationService } from './reauthentication.service';
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
    ReauthenticationService,
    {
      // Passport keeps strategies in one registry per process, and the newest one registered
      // wins: only the server, which answers sign-ins, registers it, so a CLI context opened in
      // the same process (the demo seed) cannot replace it with one on its own, closed pool.
      provide: LocalStrategy,
      inject: [APP_ROLE_IN_PROCESS, AuthRepository, PasswordHasher, LoginLimiterService],
      useFactory: (
        role: ProcessRole,
        repository: AuthRepository,
        hasher: PasswordHasher,
        limiter: LoginLimiterService,
      ) => (role === 'server' ? new LocalStrategy(repository, hasher, limiter) : null),
    },
    SessionHousekeeping,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, PasswordHasher, PasswordLinksService, ReauthenticationService],
})
export class AuthModule {}
