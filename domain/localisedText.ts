// Small, pure helpers to write a generated sentence in the reader's language:
// {placeholder} filling, one/other plural forms chosen by Intl.PluralRules,
// and lists joined the way the language joins them ("a, b et c").
import type { UiLanguage } from './entities/common.js';

export interface PluralForms {
  one: string;
  other: string;
}

export interface LocalisedText {
  language: UiLanguage;
  fill(template: string, params: Record<string, string | number>): string;
  plural(forms: PluralForms, count: number, params?: Record<string, string | number>): string;
  list(items: readonly string[]): string;
  number(value: number): string;
  languageName(code: string): string;
}

export function localisedText(language: UiLanguage): LocalisedText {
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const plurals = new Intl.PluralRules(language);
  const lists = new Intl.ListFormat(language, { type: 'conjunction' });
  const languageNames = new Intl.DisplayNames([language], { type: 'language' });
  const fill = (template: string, params: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  return {
    language,
    fill,
    plural: (forms, count, params = {}) =>
      fill(plurals.select(count) === 'one' ? forms.one : forms.other, { ...params, count }),
    list: (items) => lists.format(items),
    number: (value) => numbers.format(value),
    languageName: (code) => languageNames.of(code) ?? code,
  };
}
