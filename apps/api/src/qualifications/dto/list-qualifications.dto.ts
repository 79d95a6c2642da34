import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  QUALIFICATION_SORTS,
  type QualificationListQuery,
  type QualificationSort,
} from '@signoff/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { SearchPageQueryDto } from '../../http/page-query.dto';

/** The catalogue's search and order, and its page. */
export class ListQualificationsDto extends SearchPageQueryDto implements QualificationListQuery {
  @ApiPropertyOptional({ enum: QUALIFICATION_SORTS })
  @IsOptional()
  @IsIn(QUALIFICATION_SORTS)
  sort?: QualificationSort;
}
