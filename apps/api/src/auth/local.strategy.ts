import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { DomainError } from '../errors/domain-error';
import { AuthRepository, type LoginCandidate } from './auth.repository';
import { LoginLimiterService } from './login-limiter.service';
import { PasswordHasher } from './password-hasher';

/** Email and password, checked against the argon2id hash; limited per email and per address. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly repository: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginLimiterService,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(req: Request, email: string, password: string): Promise<LoginCandidate> {
    const address = req.ip ?? 'unknown';
    const attempt = await this.limiter.reserve(email, address);
    const candidate = await this.repository.findLoginCandidate(email);
    const matches = await this.hasher.verify(candidate?.passwordHash ?? null, password);
    if (!candidate || !matches || candidate.disabled) {
      // The attempt stays counted. One answer for an unknown email, a wrong password and a disabled account.
      throw new DomainError('INVALID_CREDENTIALS', 'Email or password is incorrect');
    }
    await this.limiter.forgive(attempt);
    return candidate;
  }
}
