import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@signoff/contracts';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import type { RequestWithActor } from './actor';
import type { LoginCandidate } from './auth.repository';
import { AuthService } from './auth.service';
import { CompletePasswordResetDto } from './dto/complete-password-reset.dto';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { Public } from './route-rule.decorator';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  async login(
    @Body() _credentials: LoginDto,
    @Req() req: RequestWithActor & { user: LoginCandidate },
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    // A session that came in with the request is ended: each login gets a new id.
    if (req.actor) await this.auth.signOut(req.actor);
    const { token, me } = await this.auth.signIn(req.user, String(req.id ?? ''));
    setSessionCookie(res, token, this.config.publicOrigin, this.auth.cookieMaxAgeMs());
    return me;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(
    @Req() req: RequestWithActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    if (req.actor) await this.auth.signOut(req.actor);
    clearSessionCookie(res, this.config.publicOrigin);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(204)
  async completePasswordReset(
    @Body() body: CompletePasswordResetDto,
    @Req() req: RequestWithActor,
  ): Promise<void> {
    await this.auth.completePasswordLink(body.token, body.password, String(req.id ?? ''));
  }
}
