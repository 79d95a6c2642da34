import { ApiPropertyOptional } from '@nestjs/swagger';
import { LEARNER_SORTS, type LearnerListQuery, type LearnerSort } from '@signoff/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SearchPageQueryDto } from '../../http/page-query.dto';

/** The learners list's search, filter and order, and its page. */
export class ListLearnersDto extends SearchPageQueryDto implements LearnerListQuery {
  @ApiPropertyOptional({ enum: LEARNER_SORTS })
  @IsOptional()
  @IsIn(LEARNER_SORTS)
  sort?: LearnerSort;

  @ApiPropertyOptional({ description: 'Only the learners of this centre (one the admin runs)' })
  @IsOptional()
  @IsUUID()
  centre?: string;

  @ApiPropertyOptional({
    enum: ['open'],
    description: 'open: only the learners with a proposed correction waiting for an admin',
  })
  @IsOptional()
  @IsIn(['open'])
  corrections?: 'open';
}
