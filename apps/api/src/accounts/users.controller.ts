import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CreateUserResponse, Page, PasswordLink, UserSummary } from '@signoff/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles } from '../auth/route-rule.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersDto } from './dto/list-users.dto';
import { ReplaceRolesDto } from './dto/replace-roles.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersDto): Promise<Page<UserSummary>> {
    return this.users.list(actor, query);
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<CreateUserResponse> {
    return this.users.create(actor, body);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<UserSummary> {
    return this.users.get(actor, id);
  }

  @Put(':id/roles')
  replaceRoles(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ReplaceRolesDto,
  ): Promise<UserSummary> {
    return this.users.replaceRoles(actor, id, body.roles);
  }

  @Post(':id/disable')
  @HttpCode(200)
  disable(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<UserSummary> {
    return this.users.setDisabled(actor, id, true);
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<UserSummary> {
    return this.users.setDisabled(actor, id, false);
  }

  @Post(':id/password-link')
  @HttpCode(201)
  issuePasswordLink(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PasswordLink> {
    return this.users.issuePasswordLink(actor, id);
  }
}
