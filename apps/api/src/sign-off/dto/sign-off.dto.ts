import { ApiProperty } from '@nestjs/swagger';
import {
  PASSWORD_MAX_LENGTH,
  type SignRowsRequest,
  type SignUnitRequest,
} from '@signoff/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

/** A unit reference or a row reference is short; anything longer is no unit or row of ours. */
const REFERENCE_MAX_LENGTH = 40;
/** More rows than any unit has. */
const ROWS_MAX = 500;

export class SignUnitDto implements SignUnitRequest {
  @ApiProperty({
    description: 'The signer’s password, typed again; a wrong one counts towards the login limit',
  })
  @IsString()
  @MinLength(1, { message: 'is required: type your password to sign' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class SignRowsDto extends SignUnitDto implements SignRowsRequest {
  @ApiProperty({ example: 'QC28074-2' })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(REFERENCE_MAX_LENGTH)
  unit: string;

  @ApiProperty({
    type: [String],
    example: ['1.1', '1.2'],
    description: 'Row references as the matrix gives them: criteria, or outcomes without criteria',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one row to sign' })
  @ArrayMaxSize(ROWS_MAX)
  @IsString({ each: true })
  @MaxLength(REFERENCE_MAX_LENGTH, { each: true })
  rows: string[];
}
