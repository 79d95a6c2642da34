import { Body, Controller, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { LearnerImportReport } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles } from '../auth/route-rule.decorator';
import { DomainError } from '../errors/domain-error';
import { LearnerImportService } from './learner-import.service';

@ApiTags('learners')
@Controller('learners/import')
export class LearnerImportController {
  constructor(private readonly importer: LearnerImportService) {}

  /** A CSV file (text/csv) with the documented header row; all or nothing. */
  @Post()
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: { type: 'string', description: 'CSV with the header row of LEARNER_IMPORT_COLUMNS' },
  })
  @ApiQuery({
    name: 'centreId',
    required: false,
    description: 'Needed when you administer several centres',
  })
  import(
    @CurrentActor() actor: Actor,
    @Body() csv: unknown,
    @Query('centreId') centreId?: string,
  ): Promise<LearnerImportReport> {
    if (typeof csv !== 'string') {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv');
    }
    return this.importer.import(actor, csv, centreId);
  }
}
