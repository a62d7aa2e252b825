// Readers for the small value shapes that recur in eForms: multilingual texts,
// dates with offsets, amounts, durations, CPV codes and places. Each reports a
// malformed value to NoticeProblems under the element's path.
import { normalizeCpv } from '../cpvCode.js';
import { attribute, select, textAt, type XmlElement } from '../xml/xmlElement.js';
import { cac, cbc } from './namespaces.js';
import type { Cpv, Duration, Money, NoticeDateTime, Place, Texts } from './notice.js';
import type { NoticeProblems } from './noticeProblems.js';

/** Texts of repeated elements keyed by `@languageID`; an element without one is in `defaultLanguage`. */
export function readTexts(elements: readonly XmlElement[], defaultLanguage: string): Texts {
  const texts: Texts = {};
  for (const element of elements) {
    const text = tidyText(element.text);
    if (text === '') continue;
    const language = attribute(element, 'languageID')?.trim() || defaultLanguage;
    texts[language] = texts[language] ? `${texts[language]}\n${text}` : text;
  }
  return texts;
}

/** Drops the indentation of multi-line texts and collapses runs of spaces; keeps line breaks. */
export function tidyText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Combines an eForms date (`2020-02-04+02:00`) and optional time (`10:00:00+02:00`) into one instant. */
export function readDateTime(
  date: string | undefined,
  time: string | undefined,
  where: string,
  problems: NoticeProblems,
): NoticeDateTime | null {
  if (date === undefined) return null;
  const d = DATE.exec(date);
  if (!d || !isCalendarDate(Number(d[1]), Number(d[2]), Number(d[3]))) {
    problems.invalid(`${where}Date`, 'date', date);
    return null;
  }
  const day = `${d[1]}-${d[2]}-${d[3]}`;
  if (time === undefined) {
    const offset = d[4] ?? 'Z';
    return { iso: day, epochMs: Date.parse(`${day}T23:59:59.999${offset}`) };
  }
  const t = TIME.exec(time);
  if (!t || Number(t[1]) > 24 || Number(t[2]) > 59 || Number(t[3]) > 60) {
    problems.invalid(`${where}Time`, 'time', time);
    return null;
  }
  const offset = t[5] ?? d[4];
  const iso = `${day}T${t[1]}:${t[2]}:${t[3]}${offset ?? ''}`;
  return { iso, epochMs: Date.parse(offset ? iso : `${iso}Z`) };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function readMoney(
  element: XmlElement | undefined,
  where: string,
  problems: NoticeProblems,
): Money | null {
  if (!element || element.text === '') return null;
  const amount = Number(element.text);
  const currency = attribute(element, 'currencyID')?.trim() ?? '';
  if (!Number.isFinite(amount) || amount < 0) {
    problems.invalid(where, 'amount', element.text);
    return null;
  }
  if (!/^[A-Z]{3}$/.test(currency)) {
    problems.invalid(`${where}/@currencyID`, 'currency', currency);
    return null;
  }
  return { amount, currency };
}

export function readDuration(
  element: XmlElement | undefined,
  where: string,
  problems: NoticeProblems,
): Duration | null {
  if (!element || element.text === '') return null;
  const value = Number(element.text);
  if (!Number.isFinite(value) || value < 0) {
    problems.invalid(where, 'duration', element.text);
    return null;
  }
  return { value, unit: attribute(element, 'unitCode')?.trim() || 'MONTH' };
}

/** Main and additional CPV codes of a `cac:ProcurementProject`. */
export function readCpv(project: XmlElement | undefined, where: string, problems: NoticeProblems): Cpv {
  if (!project) return { main: null, additional: [] };
  const codes = (classification: string) =>
    select(project, cac(classification), cbc('ItemClassificationCode'))
      .filter((element) => (attribute(element, 'listName') ?? 'cpv') === 'cpv' && element.text !== '')
      .flatMap((element) => {
        const code = normalizeCpv(element.text);
        if (code) return [code];
        problems.invalid(`${where}/cac:${classification}/cbc:ItemClassificationCode`, 'cpv', element.text);
        return [];
      });
  // Additional codes as the notice lists them (some repeat the main code).
  return {
    main: codes('MainCommodityClassification')[0] ?? null,
    additional: [...new Set(codes('AdditionalCommodityClassification'))],
  };
}

/** Every `cac:RealizedLocation` of a `cac:ProcurementProject` that says something. */
export function readPlaces(project: XmlElement | undefined, defaultLanguage: string): Place[] {
  if (!project) return [];
  return select(project, cac('RealizedLocation')).flatMap((location) => {
    const address = select(location, cac('Address'))[0];
    const place: Place = {
      nuts: address ? (textAt(address, cbc('CountrySubentityCode')) ?? null) : null,
      town: address ? (textAt(address, cbc('CityName')) ?? null) : null,
      postalCode: address ? (textAt(address, cbc('PostalZone')) ?? null) : null,
      country: address ? (textAt(address, cac('Country'), cbc('IdentificationCode')) ?? null) : null,
      region: address ? (textAt(address, cbc('Region')) ?? null) : null,
      description: readTexts(select(location, cbc('Description')), defaultLanguage),
    };
    const empty =
      !place.nuts &&
      !place.town &&
      !place.postalCode &&
      !place.country &&
      !place.region &&
      Object.keys(place.description).length === 0;
    return empty ? [] : [place];
  });
}
