import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAGE_LIMITS } from '@signoff/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?limit=&offset=`, taken by every list route; a list with filters extends it. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'How many to list', default: PAGE_LIMITS.defaultLimit })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMITS.maxLimit)
  limit: number = PAGE_LIMITS.defaultLimit;

  @ApiPropertyOptional({ description: 'How many to skip, in the list’s order', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
