import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, SIGN_OFF_LIMITS, type RevocationRequest } from '@signoff/contracts';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../http/dto-transforms';

export class RevokeSignOffDto implements RevocationRequest {
  @ApiProperty({
    description: 'Why the signature no longer stands, for the record',
    maxLength: SIGN_OFF_LIMITS.reasonMaxLength,
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(SIGN_OFF_LIMITS.reasonMaxLength)
  reason: string;

  @ApiProperty({ description: 'The password of the person revoking, entered again' })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
