import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type {
  ImportQualificationResponse,
  Page,
  QualificationDetail,
  QualificationSummary,
  QualificationVersionDetail,
  RulesEvaluation,
} from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles, SignedIn } from '../auth/route-rule.decorator';
import { EvaluateRulesDto } from './dto/evaluate-rules.dto';
import { ListQualificationsDto } from './dto/list-qualifications.dto';
import { VersionQueryDto } from './dto/version-query.dto';
import { QualificationsService } from './qualifications.service';

const DOCUMENT_BODY = {
  description:
    'A qualification in the catalogue format: see libs/catalogue/qualification.schema.json',
  schema: { type: 'object' },
};

@ApiTags('qualifications')
@Controller('qualifications')
export class QualificationsController {
  constructor(private readonly qualifications: QualificationsService) {}

  @Get()
  @SignedIn()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListQualificationsDto,
  ): Promise<Page<QualificationSummary>> {
    return this.qualifications.list(actor, query);
  }

  @Post('import')
  @Roles('admin')
  @ApiBody(DOCUMENT_BODY)
  import(
    @CurrentActor() actor: Actor,
    @Body() document: unknown,
  ): Promise<ImportQualificationResponse> {
    return this.qualifications.import(actor, document);
  }

  @Get(':id')
  @SignedIn()
  detail(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: VersionQueryDto,
  ): Promise<QualificationDetail> {
    return this.qualifications.detail(actor, id, query.version);
  }

  @Put(':id/draft')
  @Roles('admin')
  @ApiBody(DOCUMENT_BODY)
  saveDraft(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() document: unknown,
  ): Promise<QualificationVersionDetail> {
    return this.qualifications.saveDraft(actor, id, document);
  }

  @Post(':id/publish')
  @Roles('admin')
  @HttpCode(200)
  publish(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
  ): Promise<QualificationVersionDetail> {
    return this.qualifications.publish(actor, id);
  }

  @Post(':id/evaluate')
  @SignedIn()
  @HttpCode(200)
  evaluate(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: EvaluateRulesDto,
  ): Promise<RulesEvaluation> {
    return this.qualifications.evaluate(actor, id, body);
  }
}
