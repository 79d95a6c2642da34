import { ApiPropertyOptional } from '@nestjs/swagger';
import { FAILED_JOBS_PAGE } from '@signoff/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class FailedJobsQueryDto {
  @ApiPropertyOptional({ description: 'How many to list', default: FAILED_JOBS_PAGE.defaultLimit })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FAILED_JOBS_PAGE.maxLimit)
  limit: number = FAILED_JOBS_PAGE.defaultLimit;

  @ApiPropertyOptional({ description: 'How many of the newest to skip', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
