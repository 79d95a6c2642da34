import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EnrolmentHours } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { HourEntryDto, ReviewHoursDto, SetHourTargetDto } from './dto/hours.dto';
import { HoursService } from './hours.service';

/** Every route answers the enrolment's hours as the asker reads them after it. */
@ApiTags('hours')
@Controller('enrolments/:id')
export class HoursController {
  constructor(private readonly hours: HoursService) {}

  /** The entries, newest worked first, with their reviews, and the totals against targets. */
  @Get('hours')
  @SignedIn()
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EnrolmentHours> {
    return this.hours.get(actor, id);
  }

  /** The learner logs hours. */
  @Post('hours')
  @Roles('learner')
  log(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: HourEntryDto,
  ): Promise<EnrolmentHours> {
    return this.hours.log(actor, id, body);
  }

  /** The learner changes an entry not yet confirmed; a queried one is logged again. */
  @Put('hours/:entryId')
  @Roles('learner')
  change(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('entryId') entryId: string,
    @Body() body: HourEntryDto,
  ): Promise<EnrolmentHours> {
    return this.hours.change(actor, id, entryId, body);
  }

  /** The learner corrects a confirmed entry: a new entry that takes its place in the totals. */
  @Post('hours/:entryId/corrections')
  @Roles('learner')
  correct(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('entryId') entryId: string,
    @Body() body: HourEntryDto,
  ): Promise<EnrolmentHours> {
    return this.hours.correct(actor, id, entryId, body);
  }

  /** The enrolment's assessor confirms an entry, or queries it saying why. */
  @Post('hours/:entryId/reviews')
  @Roles('assessor')
  review(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('entryId') entryId: string,
    @Body() body: ReviewHoursDto,
  ): Promise<EnrolmentHours> {
    return this.hours.review(actor, id, entryId, body);
  }

  /** A centre admin sets (or, with null, removes) a target the catalogue does not state. */
  @Put('hour-targets')
  @Roles('admin')
  setTarget(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: SetHourTargetDto,
  ): Promise<EnrolmentHours> {
    return this.hours.setTarget(actor, id, body);
  }
}
