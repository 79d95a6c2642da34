import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CreatedWitnessRequest, WitnessRequestView } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { CreateWitnessRequestDto } from './dto/create-witness-request.dto';
import { WitnessRequestsService } from './witness-requests.service';

@ApiTags('witness testimony')
@Controller('enrolments/:enrolmentId/witness-requests')
export class WitnessRequestsController {
  constructor(private readonly requests: WitnessRequestsService) {}

  @Get()
  @SignedIn()
  list(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId') enrolmentId: string,
  ): Promise<WitnessRequestView[]> {
    return this.requests.list(actor, enrolmentId);
  }

  @Post()
  @Roles('learner', 'assessor', 'admin', 'iqa', 'eqa')
  create(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId') enrolmentId: string,
    @Body() body: CreateWitnessRequestDto,
  ): Promise<CreatedWitnessRequest> {
    return this.requests.create(actor, enrolmentId, body);
  }

  @Post(':requestId/revocation')
  @Roles('learner', 'assessor', 'admin', 'iqa', 'eqa')
  @HttpCode(200)
  revoke(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId') enrolmentId: string,
    @Param('requestId') requestId: string,
  ): Promise<WitnessRequestView> {
    return this.requests.revoke(actor, enrolmentId, requestId);
  }
}
