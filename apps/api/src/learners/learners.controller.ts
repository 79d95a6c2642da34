import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  CreateLearnerResponse,
  LearnerDetail,
  LearnerProfile,
  LearnerSummary,
  Page,
} from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import {
  CreateLearnerDto,
  ProposeCorrectionDto,
  ResolveCorrectionDto,
  UpdateLearnerDto,
} from './dto/learner-profile.dto';
import { ListLearnersDto } from './dto/list-learners.dto';
import { LearnersService } from './learners.service';

@ApiTags('learners')
@Controller('learners')
export class LearnersController {
  constructor(private readonly learners: LearnersService) {}

  @Get()
  @Roles('admin')
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListLearnersDto,
  ): Promise<Page<LearnerSummary>> {
    return this.learners.list(actor, query);
  }

  @Post()
  @Roles('admin')
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateLearnerDto,
  ): Promise<CreateLearnerResponse> {
    return this.learners.create(actor, body);
  }

  @Get(':id')
  @SignedIn()
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<LearnerDetail> {
    return this.learners.get(actor, id);
  }

  @Put(':id')
  @Roles('admin')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateLearnerDto,
  ): Promise<LearnerProfile> {
    return this.learners.update(actor, id, body);
  }

  @Post(':id/corrections')
  @Roles('learner')
  proposeCorrection(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ProposeCorrectionDto,
  ): Promise<LearnerProfile> {
    return this.learners.proposeCorrection(actor, id, body);
  }

  @Post(':id/corrections/:correctionId/resolve')
  @Roles('admin')
  @HttpCode(200)
  resolveCorrection(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('correctionId') correctionId: string,
    @Body() body: ResolveCorrectionDto,
  ): Promise<LearnerProfile> {
    return this.learners.resolveCorrection(actor, id, correctionId, body.status);
  }
}
