import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENTRY_CHECK_RULES,
  NEW_ENROLMENT_RULES,
  TARGET_HOURS_RULES,
  type CreateEnrolmentRequest,
  type EntryCheckRequest,
} from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { FollowsRule, trimmed } from '../../http/dto-transforms';

// Each field follows its rule in libs/contracts (enrolment-rules.ts), which the enrol form
// checks too.

export class EntryCheckRequestDto implements EntryCheckRequest {
  @ApiProperty({ format: 'uuid' })
  @FollowsRule(ENTRY_CHECK_RULES.learnerId)
  learnerId: string;
  @ApiProperty({ format: 'uuid' })
  @FollowsRule(ENTRY_CHECK_RULES.qualificationId)
  qualificationId: string;
  @ApiProperty({ example: '2026-09-01' })
  @FollowsRule(ENTRY_CHECK_RULES.startDate)
  startDate: string;
}

export class TargetHoursDto {
  @ApiProperty({ nullable: true, type: Number })
  @FollowsRule(TARGET_HOURS_RULES.supervised)
  supervised: number | null;
  @ApiProperty({ nullable: true, type: Number })
  @FollowsRule(TARGET_HOURS_RULES.work)
  work: number | null;
}

export class CreateEnrolmentDto extends EntryCheckRequestDto implements CreateEnrolmentRequest {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pathway code, where the qualification has pathways',
  })
  @FollowsRule(NEW_ENROLMENT_RULES.pathway)
  pathway: string | null;

  @ApiProperty({ example: '2027-08-31' })
  @FollowsRule(NEW_ENROLMENT_RULES.plannedEndDate)
  plannedEndDate: string;

  @ApiProperty({ nullable: true, type: String, description: 'Awarding-body registration number' })
  @Transform(trimmed)
  @FollowsRule(NEW_ENROLMENT_RULES.registrationNumber)
  registrationNumber: string | null;

  @ApiProperty({ format: 'uuid' })
  @FollowsRule(NEW_ENROLMENT_RULES.assessorId)
  assessorId: string;
  @ApiProperty({ format: 'uuid' })
  @FollowsRule(NEW_ENROLMENT_RULES.iqaId)
  iqaId: string;

  @ApiPropertyOptional({ type: TargetHoursDto, description: "Defaults to the qualification's" })
  @IsOptional()
  @FollowsRule(NEW_ENROLMENT_RULES.targetHours)
  @ValidateNested()
  @Type(() => TargetHoursDto)
  targetHours?: TargetHoursDto;

  @ApiPropertyOptional({ type: [String], description: 'Planned unit references' })
  @FollowsRule(NEW_ENROLMENT_RULES.plannedUnits)
  plannedUnits?: string[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Required when an entry requirement is not met',
  })
  @Transform(trimmed)
  @FollowsRule(NEW_ENROLMENT_RULES.overrideReason)
  overrideReason: string | null;
}
