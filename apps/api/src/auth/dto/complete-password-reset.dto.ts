import { ApiProperty } from '@nestjs/swagger';
import type { CompletePasswordResetRequest } from '@signoff/contracts';
import { IsString, Length } from 'class-validator';

export class CompletePasswordResetDto implements CompletePasswordResetRequest {
  @ApiProperty({ description: 'The token from the one-time link' })
  @IsString()
  @Length(20, 200)
  token: string;

  @ApiProperty({ description: 'At least 12 characters; not your email or name.' })
  @IsString()
  password: string;
}
