import { Module } from '@nestjs/common';
import { WriteBurstLimiterService } from './write-burst-limiter.service';

@Module({
  providers: [WriteBurstLimiterService],
  exports: [WriteBurstLimiterService],
})
export class WriteLimitsModule {}
