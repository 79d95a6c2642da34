import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  EnrolmentDetail,
  EnrolmentEntryCheck,
  EnrolmentProgress,
  EnrolmentSummary,
  EntryCheck,
} from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { CreateEnrolmentDto, EntryCheckRequestDto, UpdateEnrolmentDto } from './dto/enrolment.dto';
import { EnrolmentsService } from './enrolments.service';

@ApiTags('enrolments')
@Controller('enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  /** Each person's caseload: a centre's for its admins and EQAs, held ones for staff, own for learners. */
  @Get()
  @SignedIn()
  list(@CurrentActor() actor: Actor): Promise<EnrolmentSummary[]> {
    return this.enrolments.list(actor);
  }

  @Post('entry-check')
  @Roles('admin')
  @HttpCode(200)
  previewEntryCheck(
    @CurrentActor() actor: Actor,
    @Body() body: EntryCheckRequestDto,
  ): Promise<EntryCheck> {
    return this.enrolments.previewEntryCheck(actor, body);
  }

  @Post()
  @Roles('admin')
  create(@CurrentActor() actor: Actor, @Body() body: CreateEnrolmentDto): Promise<EnrolmentDetail> {
    return this.enrolments.create(actor, body);
  }

  @Get(':id')
  @SignedIn()
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EnrolmentDetail> {
    return this.enrolments.get(actor, id);
  }

  @Patch(':id')
  @Roles('admin', 'learner')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateEnrolmentDto,
  ): Promise<EnrolmentDetail> {
    return this.enrolments.update(actor, id, body);
  }

  @Get(':id/progress')
  @SignedIn()
  progress(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EnrolmentProgress> {
    return this.enrolments.progress(actor, id);
  }

  @Get(':id/entry-check')
  @SignedIn()
  entryCheck(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EnrolmentEntryCheck> {
    return this.enrolments.entryCheck(actor, id);
  }
}
