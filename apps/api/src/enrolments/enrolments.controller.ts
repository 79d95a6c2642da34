import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  EnrolmentDetail,
  EnrolmentEntryCheck,
  EnrolmentSummary,
  EntryCheck,
  Page,
} from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { ChangeEnrolmentStatusDto } from './dto/change-enrolment-status.dto';
import { CreateEnrolmentDto, EntryCheckRequestDto } from './dto/enrolment.dto';
import { ListEnrolmentsDto } from './dto/list-enrolments.dto';
import { PlanUnitsDto } from './dto/plan-units.dto';
import { ReassignEnrolmentDto } from './dto/reassign-enrolment.dto';
import { EnrolmentsService } from './enrolments.service';

@ApiTags('enrolments')
@Controller('enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  /** Each person's caseload: a centre's for its admins and EQAs, held ones for staff, own for learners. */
  @Get()
  @SignedIn()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListEnrolmentsDto,
  ): Promise<Page<EnrolmentSummary>> {
    return this.enrolments.list(actor, query);
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

  /** A move to another status, which the status rules allow from the current one. */
  @Post(':id/status')
  @Roles('admin')
  @HttpCode(200)
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ChangeEnrolmentStatusDto,
  ): Promise<EnrolmentDetail> {
    return this.enrolments.changeStatus(actor, id, body);
  }

  /** Who assesses and verifies the enrolment from now on. */
  @Put(':id/staff')
  @Roles('admin')
  reassign(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ReassignEnrolmentDto,
  ): Promise<EnrolmentDetail> {
    return this.enrolments.reassign(actor, id, body);
  }

  /** The learner's choice of units (or an admin's for them). */
  @Put(':id/unit-plan')
  @Roles('admin', 'learner')
  planUnits(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: PlanUnitsDto,
  ): Promise<EnrolmentDetail> {
    return this.enrolments.planUnits(actor, id, body);
  }

  @Get(':id/entry-check')
  @SignedIn()
  entryCheck(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EnrolmentEntryCheck> {
    return this.enrolments.entryCheck(actor, id);
  }
}
