import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, type ChangePasswordRequest } from '@signoff/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @ApiProperty({ description: 'At least 12 characters; not your email or name.' })
  @IsString()
  newPassword: string;
}
