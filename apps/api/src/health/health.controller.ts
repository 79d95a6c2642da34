import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/route-rule.decorator';
import { execute } from '../database/typed-query';
import { DomainError } from '../errors/domain-error';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Up only when the database answers. */
  @Get()
  @Public()
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await execute(this.db, 'SELECT 1');
    } catch {
      throw DomainError.databaseUnavailable();
    }
    return { status: 'ok', database: 'ok' };
  }
}
