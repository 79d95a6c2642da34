import { Module } from '@nestjs/common';
import { ReadModelsService } from './read-models.service';

@Module({ providers: [ReadModelsService], exports: [ReadModelsService] })
export class ReadModelsModule {}
