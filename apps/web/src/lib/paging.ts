import { PAGE_LIMITS, type Page } from '@signoff/contracts';
import { apiClient } from './api-client';

/** One page of a list route (`path` may carry the list's filters). */
export function getPage<Row>(path: string, offset: number, limit: number): Promise<Page<Row>> {
  const joiner = path.includes('?') ? '&' : '?';
  return apiClient.get<Page<Row>>(`${path}${joiner}limit=${limit}&offset=${offset}`);
}

/**
 * Every row of a list route, page after page: for pickers that offer the whole list, and for
 * searches that still run in the browser.
 */
export async function getAllPages<Row>(path: string): Promise<Page<Row>> {
  const items: Row[] = [];
  let page: Page<Row>;
  do {
    page = await getPage<Row>(path, items.length, PAGE_LIMITS.maxLimit);
    items.push(...page.items);
  } while (page.items.length > 0 && items.length < page.total);
  return { items, total: items.length, limit: items.length, offset: 0 };
}
