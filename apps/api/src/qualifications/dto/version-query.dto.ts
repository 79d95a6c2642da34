import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

export class VersionQueryDto {
  @ApiPropertyOptional({ description: 'Version number' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a version number' })
  @Min(1)
  version?: number;
}
