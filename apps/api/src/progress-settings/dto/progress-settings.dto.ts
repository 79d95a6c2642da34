import { ApiProperty } from '@nestjs/swagger';
import {
  PROGRESS_SETTINGS_LIMITS as LIMITS,
  type ProgressSettingsRequest,
} from '@signoff/contracts';
import { IsInt } from 'class-validator';

// Ranges and the order of the margins are the domain's rule (`progressSettingsProblems`).
export class ProgressSettingsDto implements ProgressSettingsRequest {
  @ApiProperty({
    example: 10,
    minimum: LIMITS.marginMin,
    maximum: LIMITS.marginMax,
    description: 'Behind (amber) once progress lags time elapsed by more than these points',
  })
  @IsInt({ message: 'must be a whole number of points' })
  amberMargin: number;

  @ApiProperty({
    example: 25,
    minimum: LIMITS.marginMin,
    maximum: LIMITS.marginMax,
    description: 'Well behind (red) beyond these points; more than the amber margin',
  })
  @IsInt({ message: 'must be a whole number of points' })
  redMargin: number;

  @ApiProperty({
    example: 12,
    minimum: LIMITS.reviewIntervalWeeksMin,
    maximum: LIMITS.reviewIntervalWeeksMax,
    description: 'Weeks between progress reviews',
  })
  @IsInt({ message: 'must be a whole number of weeks' })
  reviewIntervalWeeks: number;
}
