import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EnrolmentProgress } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { SignedIn } from '../auth/route-rule.decorator';
import { EnrolmentProgressService } from './enrolment-progress.service';

@ApiTags('enrolments')
@Controller('enrolments/:id')
export class EnrolmentProgressController {
  constructor(private readonly enrolmentProgress: EnrolmentProgressService) {}

  /**
   * Each unit's rows signed of its total and where it stands, credits achieved per group, the
   * rules of combination applied to what is achieved ("ready to claim") and to the plan.
   */
  @Get('progress')
  @SignedIn()
  progress(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EnrolmentProgress> {
    return this.enrolmentProgress.progress(actor, id);
  }
}
