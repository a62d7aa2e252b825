// Offset pagination shared by list queries (GraphQL connections map cursors to offsets).
import { BadUserInputError } from '../../domain/errors.js';

export interface Page {
  offset: number;
  limit: number;
}

export interface PageOf<T> {
  items: T[];
  /** Every match, not only this page: what a connection's `totalCount` shows. */
  totalCount: number;
}

export const MAX_PAGE_SIZE = 500;

export function checkedPage(page: Page): Page {
  if (!Number.isInteger(page.offset) || page.offset < 0) {
    throw BadUserInputError.at(['offset'], 'must be a whole number ≥ 0');
  }
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE_SIZE) {
    throw BadUserInputError.at(['limit'], `must be a whole number between 1 and ${MAX_PAGE_SIZE}`);
  }
  return page;
}
