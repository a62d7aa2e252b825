// CSV encoding for Kùzu's COPY. Kùzu's CSV reader turns an empty field into
// NULL and has no escape for quotes inside list literals, so (measured on
// 0.11.3) the loader reads files through `LOAD WITH HEADERS ... (NULL_STRINGS=[…])`
// and this encoding follows: NULL is an unquoted \x01 field in text columns
// (NULL_STRINGS applies to those only) and an empty field in numeric and boolean
// ones, every string is double-quoted (so "" stays an empty string), and a list
// is its items joined by \x1f, split again by `string_split` in the COPY query.
import type { PropertyValue } from '../properties/rowValues.js';

export const CSV_NULL = '\x01';
export const CSV_LIST_SEPARATOR = '\x1f';

/** The kinds of column the loader knows how to write and read back. */
export type CsvColumnType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOL' | 'STRING[]';

export function csvField(value: PropertyValue | undefined, type: CsvColumnType, column: string): string {
  if (value === null || value === undefined) return type === 'STRING' || type === 'STRING[]' ? CSV_NULL : '';
  switch (type) {
    case 'STRING':
      if (typeof value !== 'string') break;
      if (value === CSV_NULL) throw new TypeError(`Column "${column}": the value \\x01 is reserved for NULL`);
      return quoted(value);
    case 'INT64':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) break;
      return String(value);
    case 'DOUBLE':
      if (typeof value !== 'number' || !Number.isFinite(value)) break;
      return String(value);
    case 'BOOL':
      if (typeof value !== 'boolean') break;
      return value ? 'true' : 'false';
    case 'STRING[]': {
      if (!Array.isArray(value)) break;
      if (value.length === 0) return CSV_NULL;
      for (const item of value) {
        if (typeof item !== 'string' || item.includes(CSV_LIST_SEPARATOR)) {
          throw new TypeError(`Column "${column}": list items must be strings without \\x1f`);
        }
      }
      return quoted(value.join(CSV_LIST_SEPARATOR));
    }
  }
  throw new TypeError(`Column "${column}" is ${type} but got ${JSON.stringify(value)}`);
}

function quoted(text: string): string {
  // Most values hold no quote: skip the replace (a million relationship ids per 100k-member seed).
  return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.join(',')}\n`;
}
