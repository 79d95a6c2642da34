import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HourCategory } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { ReplaceHourCategoriesDto } from './dto/hours.dto';
import { HourCategoriesService } from './hour-categories.service';

@ApiTags('hours')
@Controller('centres/:centreId/hour-categories')
export class HourCategoriesController {
  constructor(private readonly categories: HourCategoriesService) {}

  /** The two every centre has, then the centre's own. */
  @Get()
  @SignedIn()
  list(@CurrentActor() actor: Actor, @Param('centreId') centreId: string): Promise<HourCategory[]> {
    return this.categories.list(actor, centreId);
  }

  /** The centre's own categories become these; one its hours use cannot be left out (409). */
  @Put()
  @Roles('admin')
  replace(
    @CurrentActor() actor: Actor,
    @Param('centreId') centreId: string,
    @Body() body: ReplaceHourCategoriesDto,
  ): Promise<HourCategory[]> {
    return this.categories.replace(actor, centreId, body.categories);
  }
}
