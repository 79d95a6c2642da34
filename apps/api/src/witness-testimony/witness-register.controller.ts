import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CentreWitness } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles } from '../auth/route-rule.decorator';
import { CentreWitnessDto } from './dto/centre-witness.dto';
import { WitnessRegisterService } from './witness-register.service';

@ApiTags('witness testimony')
@Controller('centres/:centreId/witnesses')
export class WitnessRegisterController {
  constructor(private readonly register: WitnessRegisterService) {}

  @Get()
  @Roles('admin', 'assessor', 'iqa', 'eqa')
  list(
    @CurrentActor() actor: Actor,
    @Param('centreId') centreId: string,
  ): Promise<CentreWitness[]> {
    return this.register.list(actor, centreId);
  }

  @Post()
  @Roles('admin', 'assessor')
  add(
    @CurrentActor() actor: Actor,
    @Param('centreId') centreId: string,
    @Body() body: CentreWitnessDto,
  ): Promise<CentreWitness> {
    return this.register.add(actor, centreId, body);
  }

  @Put(':witnessId')
  @Roles('admin', 'assessor')
  change(
    @CurrentActor() actor: Actor,
    @Param('centreId') centreId: string,
    @Param('witnessId') witnessId: string,
    @Body() body: CentreWitnessDto,
  ): Promise<CentreWitness> {
    return this.register.change(actor, centreId, witnessId, body);
  }
}
