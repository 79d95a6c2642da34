import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProgressSettings } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles } from '../auth/route-rule.decorator';
import { ProgressSettingsDto } from './dto/progress-settings.dto';
import { ProgressSettingsService } from './progress-settings.service';

@ApiTags('progress')
@Controller('centres/:centreId/progress-settings')
export class ProgressSettingsController {
  constructor(private readonly settings: ProgressSettingsService) {}

  /** The centre's RAG margins (percentage points) and weeks between progress reviews. */
  @Get()
  @Roles('admin', 'assessor', 'iqa', 'eqa')
  read(
    @CurrentActor() actor: Actor,
    @Param('centreId') centreId: string,
  ): Promise<ProgressSettings> {
    return this.settings.read(actor, centreId);
  }

  /** Changes them: 0 ≤ amber < red ≤ 100 points, 1 to 52 weeks (400 naming the field). */
  @Put()
  @Roles('admin')
  change(
    @CurrentActor() actor: Actor,
    @Param('centreId') centreId: string,
    @Body() body: ProgressSettingsDto,
  ): Promise<ProgressSettings> {
    return this.settings.change(actor, centreId, body);
  }
}
