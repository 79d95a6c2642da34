import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FailedJobsPage } from '@signoff/contracts';
import { Roles } from '../auth/route-rule.decorator';
import { ListFailedJobsDto } from './dto/list-failed-jobs.dto';
import { JobsRepository } from './jobs.repository';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsRepository) {}

  /** Jobs that failed every try: what, when, how often, and why in words that name no one. */
  @Get('failed')
  @Roles('admin')
  failed(@Query() query: ListFailedJobsDto): Promise<FailedJobsPage> {
    return this.jobs.findFailed(query, query);
  }
}
