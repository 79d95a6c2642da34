import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { EvaluateRulesRequest } from '@signoff/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export class EvaluateRulesDto implements EvaluateRulesRequest {
  @ApiPropertyOptional({ description: 'Version number; the newest published when absent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiProperty({ nullable: true, type: String, description: 'Pathway code, or null' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(60)
  pathway: string | null;

  @ApiProperty({ type: [String], description: 'Unit references' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  units: string[];
}
