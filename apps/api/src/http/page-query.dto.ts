import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  PAGE_LIMITS,
  SEARCH_QUERY_MAX_LENGTH,
  SORT_DIRECTIONS,
  type SortDirection,
} from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { trimmed } from './dto-transforms';

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

/** `?direction=` of the order; each list's query DTO adds `?sort=` with the fields it sorts by. */
export class SortedPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SORT_DIRECTIONS, description: 'With `sort`: which way' })
  @IsOptional()
  @IsIn(SORT_DIRECTIONS)
  direction?: SortDirection;
}

/** `?q=`: words that must each appear in what the list searches, case and accents folded. */
export class SearchPageQueryDto extends SortedPageQueryDto {
  @ApiPropertyOptional({ description: 'Words to find' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  q?: string;
}
