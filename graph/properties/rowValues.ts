// Typed reads of result rows. Both engines hand back loosely typed values, and
// an unset property is null on Kùzu but absent on Neo4j; these readers make
// that uniform and fail loudly when a column has an unexpected type.
import type { Row } from '../graphStore.js';

/** What a node or relationship property may hold in either engine. */
export type PropertyValue = string | number | boolean | null | readonly string[];
export type Properties = Record<string, PropertyValue>;

function unexpected(column: string, expected: string, value: unknown): Error {
  return new TypeError(`Column "${column}" should be ${expected}, got ${JSON.stringify(value)}`);
}

export function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw unexpected(column, 'a string', value);
  return value;
}

export function nullableText(row: Row, column: string): string | null {
  const value = row[column] ?? null;
  if (value !== null && typeof value !== 'string') throw unexpected(column, 'a string or null', value);
  return value;
}

export function numeric(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw unexpected(column, 'a number', value);
  return value;
}

export function nullableNumeric(row: Row, column: string): number | null {
  const value = row[column] ?? null;
  if (value !== null && typeof value !== 'number') throw unexpected(column, 'a number or null', value);
  return value;
}

export function flag(row: Row, column: string): boolean {
  const value = row[column];
  if (typeof value !== 'boolean') throw unexpected(column, 'a boolean', value);
  return value;
}

/** A list of strings; an unset list (null on Kùzu, which cannot store an empty list from a parameter) is []. */
export function textList(row: Row, column: string): string[] {
  const value = row[column] ?? [];
  if (!Array.isArray(value)) throw unexpected(column, 'a list', value);
  return value.filter((item): item is string => typeof item === 'string');
}

/** A list for a property write: empty lists go as null, because Kùzu cannot bind an empty list. */
export function storedList(items: readonly string[]): readonly string[] | null {
  return items.length === 0 ? null : items;
}
