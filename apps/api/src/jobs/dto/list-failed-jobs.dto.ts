import { ApiPropertyOptional } from '@nestjs/swagger';
import { FAILED_JOB_SORTS, type FailedJobSort, type SortQuery } from '@signoff/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { SortedPageQueryDto } from '../../http/page-query.dto';

/** The failed jobs' order, and the page. */
export class ListFailedJobsDto extends SortedPageQueryDto implements SortQuery<FailedJobSort> {
  @ApiPropertyOptional({ enum: FAILED_JOB_SORTS })
  @IsOptional()
  @IsIn(FAILED_JOB_SORTS)
  sort?: FailedJobSort;
}
