import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EvidenceDetail, EvidenceSummary, EvidenceVersion, Page } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { EvidenceContentDto, EvidenceFilterDto, SubmitEvidenceDto } from './dto/evidence.dto';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get('enrolments/:enrolmentId/evidence')
  @SignedIn()
  list(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId') enrolmentId: string,
    @Query() filter: EvidenceFilterDto,
  ): Promise<Page<EvidenceSummary>> {
    return this.evidence.list(actor, enrolmentId, filter, filter);
  }

  @Post('enrolments/:enrolmentId/evidence')
  @Roles('learner')
  create(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId') enrolmentId: string,
    @Body() body: EvidenceContentDto,
  ): Promise<EvidenceDetail> {
    return this.evidence.create(actor, enrolmentId, body);
  }

  @Get('evidence/:id')
  @SignedIn()
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EvidenceDetail> {
    return this.evidence.get(actor, id);
  }

  @Put('evidence/:id')
  @Roles('learner')
  saveDraft(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: EvidenceContentDto,
  ): Promise<EvidenceDetail> {
    return this.evidence.saveDraft(actor, id, body);
  }

  /** Its author throws away a draft never submitted: the learner's evidence, an assessor's record. */
  @Delete('evidence/:id')
  @Roles('learner', 'assessor')
  @HttpCode(204)
  discard(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    return this.evidence.discard(actor, id);
  }

  @Get('evidence/:id/versions')
  @SignedIn()
  versions(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EvidenceVersion[]> {
    return this.evidence.versions(actor, id);
  }

  @Post('evidence/:id/submit')
  @Roles('learner')
  @HttpCode(200)
  submit(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: SubmitEvidenceDto,
  ): Promise<EvidenceDetail> {
    return this.evidence.submit(actor, id, body);
  }

  /** Its author starts a new draft from a referred version: the learner, or the record's assessor. */
  @Post('evidence/:id/revise')
  @Roles('learner', 'assessor')
  @HttpCode(200)
  revise(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EvidenceDetail> {
    return this.evidence.revise(actor, id);
  }
}
