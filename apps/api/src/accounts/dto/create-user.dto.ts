import { ApiProperty } from '@nestjs/swagger';
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  type CreateUserRequest,
} from '@signoff/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { RoleGrantDto } from './role-grant.dto';
import { normalisedEmail, trimmed } from '../../http/dto-transforms';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'sam.carter@example.org' })
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @ApiProperty({ example: 'Sam Carter' })
  @Transform(trimmed)
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH, {
    message: `must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters`,
  })
  displayName: string;

  @ApiProperty({ type: [RoleGrantDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'must give the person at least one role' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles: RoleGrantDto[];
}
