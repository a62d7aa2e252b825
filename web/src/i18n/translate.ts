// Pure translation and formatting for one language: message lookup with {placeholders},
// plural forms through Intl.PluralRules, and Intl number/date formatting.
import { type Language, MESSAGES, type MessageKey } from './messages.js';

export type Params = Record<string, string | number>;

/** Keys that have _one/_other forms, named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export interface Translator {
  language: Language;
  t(key: MessageKey, params?: Params): string;
  /** The plural form of `key` for `count`; {count} is the localised number. */
  plural(key: PluralKey, count: number, params?: Params): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(epochMsOrIso: number | string): string;
}

function fill(template: string, params: Params, formatNumber: (n: number) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function translator(language: Language): Translator {
  const messages = MESSAGES[language];
  const numbers = new Intl.NumberFormat(language);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  const plurals = new Intl.PluralRules(language);
  const formatNumber = (n: number) => numbers.format(n);
  return {
    language,
    t: (key, params = {}) => fill(messages[key], params, formatNumber),
    plural: (key, count, params = {}) => {
      const form = plurals.select(count) === 'one' ? 'one' : 'other';
      return fill(messages[`${key}_${form}` as MessageKey], { ...params, count }, formatNumber);
    },
    number: (value, options) =>
      options ? new Intl.NumberFormat(language, options).format(value) : numbers.format(value),
    date: (value) => dates.format(new Date(value)),
  };
}
