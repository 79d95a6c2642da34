import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProgressSettingsController } from './progress-settings.controller';
import { ProgressSettingsRepository } from './progress-settings.repository';
import { ProgressSettingsService } from './progress-settings.service';

/** A centre's RAG margins and review interval; progress reads them through the service. */
@Module({
  imports: [AuditModule],
  controllers: [ProgressSettingsController],
  providers: [ProgressSettingsService, ProgressSettingsRepository],
  exports: [ProgressSettingsService],
})
export class ProgressSettingsModule {}
