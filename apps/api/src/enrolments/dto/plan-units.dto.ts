import { ApiProperty } from '@nestjs/swagger';
import type { PlanUnitsRequest } from '@signoff/contracts';
import { ArrayMaxSize, IsArray, IsString } from 'class-validator';

export class PlanUnitsDto implements PlanUnitsRequest {
  @ApiProperty({ type: [String], description: 'Planned unit references' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  plannedUnits: string[];
}
