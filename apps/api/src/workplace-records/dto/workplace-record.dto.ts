import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  PASSWORD_MAX_LENGTH,
  WORKPLACE_RECORD_LIMITS,
  type CountersignRecordRequest,
  type DiscussionContent,
  type ObservationContent,
  type SignRecordRequest,
} from '@signoff/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  DraftActivityDate,
  DraftClaims,
  DraftNarrative,
  DraftTitle,
  EvidenceClaimDto,
  EvidenceFilterDto,
} from '../../evidence/dto/evidence.dto';
import { trimmed } from '../../http/dto-transforms';

/** A time of day as typed: HH:MM, or empty while the draft is still being written. */
const CLOCK_TIME_MAX_LENGTH = 5;

export class DiscussionContentDto implements DiscussionContent {
  @DraftTitle() title: string;
  @DraftNarrative('Rich text (HTML): what was observed or discussed; sanitised') narrative: string;
  @DraftActivityDate() activityDate: string;
  @DraftClaims() claims: EvidenceClaimDto[];
}

export class ObservationContentDto extends DiscussionContentDto implements ObservationContent {
  @ApiProperty({ example: 'Oak Lodge care home, residents’ lounge' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(WORKPLACE_RECORD_LIMITS.settingMaxLength)
  setting: string;

  @ApiProperty({ example: '09:30', description: 'HH:MM, 24-hour; may be empty in a draft' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(CLOCK_TIME_MAX_LENGTH, { message: 'must be a time as HH:MM, 24-hour, e.g. 14:05' })
  startTime: string;

  @ApiProperty({ example: '10:15', description: 'HH:MM, 24-hour, after the start' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(CLOCK_TIME_MAX_LENGTH, { message: 'must be a time as HH:MM, 24-hour, e.g. 14:05' })
  endTime: string;
}

export class SignRecordDto implements SignRecordRequest {
  @ApiProperty({
    description: 'The assessor’s password, typed again; a wrong one counts towards the login limit',
  })
  @IsString()
  @MinLength(1, { message: 'is required: type your password to sign' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class CountersignRecordDto extends SignRecordDto implements CountersignRecordRequest {
  @ApiProperty({ description: 'True: the record is accurate; false: it is not (say why)' })
  @IsBoolean({ message: 'must be true (you agree) or false (you do not)' })
  agreed: boolean;

  @ApiPropertyOptional({
    description: 'Why the record is not accurate: required to disagree',
    maxLength: WORKPLACE_RECORD_LIMITS.commentMaxLength,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(WORKPLACE_RECORD_LIMITS.commentMaxLength)
  comment?: string;
}

/** A list of records: the evidence list's filters, order and page; the method is the route's. */
export class RecordFilterDto extends OmitType(EvidenceFilterDto, ['method'] as const) {}
