import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENROLMENT_STATUSES,
  type ChangeEnrolmentStatusRequest,
  type EnrolmentStatus,
} from '@signoff/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { trimmed } from '../../http/dto-transforms';

export class ChangeEnrolmentStatusDto implements ChangeEnrolmentStatusRequest {
  @ApiProperty({ enum: ENROLMENT_STATUSES })
  @IsIn(ENROLMENT_STATUSES, { message: `must be one of ${ENROLMENT_STATUSES.join(', ')}` })
  status: EnrolmentStatus;

  @ApiPropertyOptional({ description: 'Why the status changes' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000)
  note?: string;
}
