import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AssessmentQueueItem, EvidenceDetail, Page } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles } from '../auth/route-rule.decorator';
import { AssessmentService } from './assessment.service';
import { AssessmentDecisionDto, AssessmentQueueQueryDto } from './dto/assessment.dto';

@ApiTags('assessment')
@Controller()
export class AssessmentController {
  constructor(private readonly assessment: AssessmentService) {}

  /** Evidence awaiting the assessor asking, oldest submitted first. */
  @Get('assessment-queue')
  @Roles('assessor')
  queue(
    @CurrentActor() actor: Actor,
    @Query() query: AssessmentQueueQueryDto,
  ): Promise<Page<AssessmentQueueItem>> {
    return this.assessment.queue(actor, query, query);
  }

  /**
   * Accept or refer the version named, or withdraw its acceptance (`decision:
   * "withdrawAcceptance"`, the reason in `feedback`): each a new decision record. Answers the
   * evidence as the assessor now reads it.
   */
  @Post('evidence/:id/assessments')
  @Roles('assessor')
  decide(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AssessmentDecisionDto,
  ): Promise<EvidenceDetail> {
    return this.assessment.decide(actor, id, body);
  }
}
