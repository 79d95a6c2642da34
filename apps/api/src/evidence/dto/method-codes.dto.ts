import { ApiProperty } from '@nestjs/swagger';
import { ASSESSMENT_METHOD_KEYS, type AssessmentMethod } from '@signoff/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, Matches, ValidateNested } from 'class-validator';

export class MethodCodeDto {
  @ApiProperty({ enum: ASSESSMENT_METHOD_KEYS })
  @IsIn(ASSESSMENT_METHOD_KEYS, { message: `must be one of ${ASSESSMENT_METHOD_KEYS.join(', ')}` })
  method: AssessmentMethod;

  @ApiProperty({ example: 'OBS' })
  @IsString()
  @Matches(/^[A-Za-z0-9&/+-]{1,8}$/, { message: 'must be 1 to 8 letters, digits or & / + -' })
  code: string;
}

/** The centre's short codes; methods left out fall back to the defaults. */
export class ReplaceMethodCodesDto {
  @ApiProperty({ type: [MethodCodeDto] })
  @IsArray()
  @ArrayMaxSize(ASSESSMENT_METHOD_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => MethodCodeDto)
  codes: MethodCodeDto[];
}
