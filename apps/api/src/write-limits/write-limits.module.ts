import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { WriteBurstLimiterService } from './write-burst-limiter.service';

@Module({
  imports: [JobsModule],
  providers: [WriteBurstLimiterService],
  exports: [WriteBurstLimiterService],
})
export class WriteLimitsModule {}
