import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENROLMENT_PARTS,
  ENROLMENT_SORTS,
  ENROLMENT_STATUSES,
  type EnrolmentListQuery,
  type EnrolmentPart,
  type EnrolmentSort,
  type EnrolmentStatus,
} from '@signoff/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SearchPageQueryDto } from '../../http/page-query.dto';

/** The enrolments list's search, filters and order, and its page. */
export class ListEnrolmentsDto extends SearchPageQueryDto implements EnrolmentListQuery {
  @ApiPropertyOptional({ enum: ENROLMENT_SORTS })
  @IsOptional()
  @IsIn(ENROLMENT_SORTS)
  sort?: EnrolmentSort;

  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES })
  @IsOptional()
  @IsIn(ENROLMENT_STATUSES)
  status?: EnrolmentStatus;

  @ApiPropertyOptional({ description: 'The current assessor’s id' })
  @IsOptional()
  @IsUUID()
  assessor?: string;

  @ApiPropertyOptional({ description: 'The current IQA’s id' })
  @IsOptional()
  @IsUUID()
  iqa?: string;

  @ApiPropertyOptional({ description: 'The learner’s id' })
  @IsOptional()
  @IsUUID()
  learner?: string;

  @ApiPropertyOptional({ description: 'The qualification’s id' })
  @IsOptional()
  @IsUUID()
  qualification?: string;

  @ApiPropertyOptional({
    enum: ENROLMENT_PARTS,
    description: 'Only those where the person asking is the learner, the assessor or the IQA now',
  })
  @IsOptional()
  @IsIn(ENROLMENT_PARTS)
  mine?: EnrolmentPart;
}
