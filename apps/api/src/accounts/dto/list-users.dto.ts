import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ROLES,
  USER_SORTS,
  type Role,
  type UserListQuery,
  type UserSort,
} from '@signoff/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SearchPageQueryDto } from '../../http/page-query.dto';

/** The users list's search, filters and order, and its page. */
export class ListUsersDto extends SearchPageQueryDto implements UserListQuery {
  @ApiPropertyOptional({ enum: USER_SORTS })
  @IsOptional()
  @IsIn(USER_SORTS)
  sort?: UserSort;

  @ApiPropertyOptional({ enum: ROLES, description: 'Only those holding this role (at `centre`)' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Only the members of this centre (one the admin runs)' })
  @IsOptional()
  @IsUUID()
  centre?: string;
}
