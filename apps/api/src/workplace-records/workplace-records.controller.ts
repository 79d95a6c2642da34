import { Body, Controller, Get, Headers, Ip, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EvidenceDetail, EvidenceSummary, Page } from '@signoff/contracts';
import type { Response } from 'express';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import {
  CountersignRecordDto,
  DiscussionContentDto,
  ObservationContentDto,
  RecordFilterDto,
  SignRecordDto,
} from './dto/workplace-record.dto';
import { answered, SigningAnswers } from '../http/idempotency-key';
import { RecordSignaturesService } from './record-signatures.service';
import { WorkplaceRecordsService } from './workplace-records.service';

const SIGNING = {
  replay: 'the record',
  signed: 'Signed: the record with its new signature',
  replayed: 'A replayed Idempotency-Key: the record, signed once',
};

/**
 * Records an assessor makes at the workplace: direct observations and professional discussions,
 * listed and drafted at their enrolment's address; signed by the assessor and countersigned by
 * the learner at the record's (an evidence item's) address. Reading one, its files, revising and
 * discarding it are the evidence routes'.
 */
@ApiTags('workplace records')
@Controller()
export class WorkplaceRecordsController {
  constructor(
    private readonly records: WorkplaceRecordsService,
    private readonly signatures: RecordSignaturesService,
  ) {}

  @Get('enrolments/:id/observations')
  @SignedIn()
  listObservations(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() filter: RecordFilterDto,
  ): Promise<Page<EvidenceSummary>> {
    return this.records.list(actor, id, 'observation', filter);
  }

  /** The enrolment's assessor starts a direct observation (a draft). */
  @Post('enrolments/:id/observations')
  @Roles('assessor')
  createObservation(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ObservationContentDto,
  ): Promise<EvidenceDetail> {
    return this.records.create(actor, id, 'observation', body);
  }

  @Put('enrolments/:id/observations/:itemId')
  @Roles('assessor')
  saveObservation(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: ObservationContentDto,
  ): Promise<EvidenceDetail> {
    return this.records.save(actor, id, itemId, 'observation', body);
  }

  @Get('enrolments/:id/professional-discussions')
  @SignedIn()
  listDiscussions(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() filter: RecordFilterDto,
  ): Promise<Page<EvidenceSummary>> {
    return this.records.list(actor, id, 'discussion', filter);
  }

  /** The enrolment's assessor starts a professional discussion's record (a draft). */
  @Post('enrolments/:id/professional-discussions')
  @Roles('assessor')
  createDiscussion(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: DiscussionContentDto,
  ): Promise<EvidenceDetail> {
    return this.records.create(actor, id, 'discussion', body);
  }

  @Put('enrolments/:id/professional-discussions/:itemId')
  @Roles('assessor')
  saveDiscussion(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: DiscussionContentDto,
  ): Promise<EvidenceDetail> {
    return this.records.save(actor, id, itemId, 'discussion', body);
  }

  /** The assessor who made the record signs its draft; it then awaits the learner. */
  @Post('evidence/:id/signature')
  @Roles('assessor')
  @SigningAnswers(SIGNING)
  sign(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: SignRecordDto,
    @Headers('idempotency-key') key: string | undefined,
    @Ip() address: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EvidenceDetail> {
    return answered(this.signatures.sign(actor, id, body, { address, idempotencyKey: key }), res);
  }

  /** The learner agrees with the record (accepting it) or disagrees, saying why. */
  @Post('evidence/:id/countersignature')
  @Roles('learner')
  @SigningAnswers(SIGNING)
  countersign(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CountersignRecordDto,
    @Headers('idempotency-key') key: string | undefined,
    @Ip() address: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EvidenceDetail> {
    return answered(
      this.signatures.countersign(actor, id, body, { address, idempotencyKey: key }),
      res,
    );
  }
}
