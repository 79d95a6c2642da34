import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@signoff/contracts';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { CurrentActor, type Actor } from './actor';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { meResponse } from './me-response';
import { SignedIn } from './route-rule.decorator';
import { setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @SignedIn()
  me(@CurrentActor() actor: Actor): MeResponse {
    return meResponse({ ...actor, id: actor.userId });
  }

  /** Ends every session of the user, this one included, and starts a fresh one here. */
  @Post('password')
  @SignedIn()
  @HttpCode(204)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const token = await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
    setSessionCookie(res, token, this.config.publicOrigin, this.auth.cookieMaxAgeMs());
  }
}
