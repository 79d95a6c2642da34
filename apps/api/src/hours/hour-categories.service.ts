import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BUILT_IN_HOUR_CATEGORIES, type FieldError, type HourCategory } from '@signoff/contracts';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { centresWhere, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import type { HourCategoryDto } from './dto/hours.dto';
import { categoriesOf } from './hours.service';
import { HoursRepository } from './hours.repository';

/**
 * A centre's categories of hours: the two built in, then its own, which its members read and
 * its admins replace (a category its hours use stays, so no entry loses its category).
 */
@Injectable()
export class HourCategoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hours: HoursRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, centreId: string): Promise<HourCategory[]> {
    if (!actor.memberships.some((membership) => membership.centreId === centreId))
      throw DomainError.notFound('Centre');
    return categoriesOf(await this.hours.findCentreCategories(this.db, centreId));
  }

  async replace(
    actor: Actor,
    centreId: string,
    categories: HourCategoryDto[],
  ): Promise<HourCategory[]> {
    if (!centresWhere(actor, 'admin').includes(centreId)) throw DomainError.notFound('Centre');
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    categories.forEach(({ key }, index) => {
      if (key in BUILT_IN_HOUR_CATEGORIES)
        problems.push({
          path: `categories.${index}.key`,
          message: `${key} is one of the categories every centre has; choose another key`,
        });
      else if (seen.has(key))
        problems.push({
          path: `categories.${index}.key`,
          message: `${key} is already a category above; give each category its own key`,
        });
      seen.add(key);
    });
    if (problems.length > 0) throw DomainError.invalid(problems);
    await this.db.transaction(async (manager) => {
      const before = await this.hours.findCentreCategories(manager, centreId);
      const dropped = before.filter(({ key }) => !seen.has(key)).map(({ key }) => key);
      const used = await this.hours.categoriesInUse(manager, centreId, dropped);
      if (used.size > 0)
        throw new DomainError(
          'CONFLICT',
          `Hours have been logged as ${[...used].join(', ')}, so it stays a category of the centre.`,
        );
      await this.hours.replaceCentreCategories(manager, centreId, categories);
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId,
        action: 'centre.hour_categories_replaced',
        subjectType: 'centre',
        subjectId: centreId,
        before,
        after: categories,
      });
    });
    return this.list(actor, centreId);
  }
}
