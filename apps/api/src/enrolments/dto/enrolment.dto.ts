import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateEnrolmentRequest, EntryCheckRequest } from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDay, trimmed, unlessNull } from '../../http/dto-transforms';

export class EntryCheckRequestDto implements EntryCheckRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a learner id' })
  learnerId: string;
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a qualification id' })
  qualificationId: string;
  @ApiProperty({ example: '2026-09-01' })
  @IsCalendarDay()
  startDate: string;
}

export class TargetHoursDto {
  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf(unlessNull)
  @IsInt()
  @Min(0)
  @Max(100000)
  supervised: number | null;
  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf(unlessNull)
  @IsInt()
  @Min(0)
  @Max(100000)
  work: number | null;
}

export class CreateEnrolmentDto extends EntryCheckRequestDto implements CreateEnrolmentRequest {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pathway code, where the qualification has pathways',
  })
  @ValidateIf(unlessNull)
  @IsString()
  @MaxLength(60)
  pathway: string | null;

  @ApiProperty({ example: '2027-08-31' })
  @IsCalendarDay()
  plannedEndDate: string;

  @ApiProperty({ nullable: true, type: String, description: 'Awarding-body registration number' })
  @ValidateIf(unlessNull)
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  registrationNumber: string | null;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a user id' })
  assessorId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a user id' }) iqaId: string;

  @ApiPropertyOptional({ type: TargetHoursDto, description: "Defaults to the qualification's" })
  @IsOptional()
  @ValidateNested()
  @Type(() => TargetHoursDto)
  targetHours?: TargetHoursDto;

  @ApiPropertyOptional({ type: [String], description: 'Planned unit references' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  plannedUnits?: string[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Required when an entry requirement is not met',
  })
  @ValidateIf(unlessNull)
  @Transform(trimmed)
  @IsString()
  @Length(10, 2000, { message: 'must explain the override in 10 to 2000 characters' })
  overrideReason: string | null;
}
