// The submission deadline a call for tenders states in its text, in French,
// Dutch or English ("Date limite de remise des offres : 15 mars 2027 à 12h00",
// "uiterlijk op 15/03/2027", "Deadline: March 15, 2027"). Only a date that
// follows a deadline phrase counts: a text also names event dates, durations
// and the date it was published. A time given with the date is read as
// Brussels/Paris time; a date alone means the end of that day (23:59 there).
import { foldText } from '../../domain/taxonomy.js';

export interface DeadlineMention {
  /** Epoch milliseconds. */
  epochMs: number;
  /** The phrase of the text that gives it, as written, e.g. `avant le 15 mars 2027`. */
  because: string;
}

/** Deadline phrases (folded: no accents, lower case), before the date they announce. */
const DEADLINE_PHRASES = [
  // fr
  'date limite',
  'date-limite',
  'remise des offres',
  'remise des candidatures',
  'depot des offres',
  'reception des offres',
  'au plus tard',
  'avant le',
  'jusqu au',
  'cloture',
  // nl
  'uiterlijk',
  'ten laatste',
  'indienen voor',
  'indiening',
  'sluitingsdatum',
  'uiterste datum',
  'deadline',
  // en
  'closing date',
  'no later than',
  'submission',
  'submit by',
  'due by',
  'due date',
  'received by',
  'not later than',
];

const MONTHS: Readonly<Record<string, number>> = {
  // fr
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
  // nl
  januari: 1,
  februari: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  december: 12,
  // en
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  sep: 9,
  october: 10,
};

const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const TIME = String.raw`(?:\s*(?:a|om|at|,)?\s*(\d{1,2})\s*(?:h|:|u)\s*(\d{2})?)?`;

/** Date shapes on folded text; each returns [day, month, year, hour?, minute?]. */
const DATE_SHAPES: { pattern: RegExp; read(m: RegExpExecArray): number[] }[] = [
  {
    // 15 mars 2027, 1er avril 2027, 15 maart 2027, 15th March 2027
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:er|e|st|nd|rd|th)?\s+(${MONTH})\.?\s+(\d{4})${TIME}`, 'y'),
    read: (m) => [Number(m[1]), MONTHS[m[2]!]!, Number(m[3]), ...time(m[4], m[5])],
  },
  {
    // March 15, 2027
    pattern: new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`, 'y'),
    read: (m) => [Number(m[2]), MONTHS[m[1]!]!, Number(m[3]), ...time(m[4], m[5])],
  },
  {
    // 2027-03-15 (ISO), optionally with T12:00
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[t\s](\d{2}):(\d{2}))?/y,
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1]), ...time(m[4], m[5])],
  },
  {
    // 15/03/2027, 15-03-2027, 15.03.2027 (day first, as in Europe)
    pattern: new RegExp(String.raw`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}`, 'y'),
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3]), ...time(m[4], m[5])],
  },
];

function time(hour: string | undefined, minute: string | undefined): number[] {
  return hour === undefined ? [] : [Number(hour), Number(minute ?? 0)];
}

/** How far after a deadline phrase its date may stand (characters of folded text). */
const REACH = 90;

/** The earliest deadline the text states, or null when it states none. */
export function deadlineFromText(text: string): DeadlineMention | null {
  // Folding keeps offsets: NFKD then dropping marks shortens nothing the patterns rely on
  // only if done per character, so fold each character on its own.
  const folded = [...text].map((c) => (foldText(c) || ' ').slice(0, 1)).join('');
  const original = [...text];
  let best: DeadlineMention | null = null;
  for (const phrase of DEADLINE_PHRASES) {
    for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + 1)) {
      const found = firstDateAfter(folded, at + phrase.length);
      if (!found) continue;
      const because = original.slice(at, found.end).join('');
      if (!best || found.epochMs < best.epochMs) best = { epochMs: found.epochMs, because };
    }
  }
  return best;
}

function firstDateAfter(folded: string, from: number): { epochMs: number; end: number } | null {
  for (let i = from; i < Math.min(folded.length, from + REACH); i++) {
    for (const shape of DATE_SHAPES) {
      shape.pattern.lastIndex = i;
      const m = shape.pattern.exec(folded);
      if (!m) continue;
      const [day, month, year, hour, minute] = shape.read(m);
      const epochMs = brusselsTime(year!, month!, day!, hour ?? 23, minute ?? 59);
      if (epochMs !== null) return { epochMs, end: i + m[0].trimEnd().length };
    }
  }
  return null;
}

/** The instant of a wall-clock time in Brussels (and Paris, Amsterdam): CET or CEST. */
export function brusselsTime(year: number, month: number, day: number, hour: number, minute: number) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  if (year < 2000 || year > 2100) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== day) return null; // 31 February
  const offsetMinutes = brusselsOffsetMinutes(asUtc);
  return asUtc - offsetMinutes * 60_000;
}

/** Created on first use: loading the time zone data costs ~0.1 s, which every CLI start paid. */
let brussels: Intl.DateTimeFormat | undefined;

function brusselsFormat(): Intl.DateTimeFormat {
  brussels ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return brussels;
}

function brusselsOffsetMinutes(epochMs: number): number {
  const parts = Object.fromEntries(
    brusselsFormat()
      .formatToParts(epochMs)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((wall - epochMs) / 60_000);
}
