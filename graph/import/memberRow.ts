// One row of a member import file turned into a complete MemberRecord, or the
// list of everything wrong with it. Blank or absent fields are "not provided":
// a new member gets the default, an existing member keeps what they have.
import { z } from 'zod';
import {
  countrySchema,
  LANGUAGES,
  latitudeSchema,
  longitudeSchema,
  type UiLanguage,
} from '../../domain/entities/common.js';
import {
  availabilitySchema,
  type MemberRecord,
  memberRecordSchema,
  memberSchema,
  privacySchema,
  visibilitySchema,
} from '../../domain/entities/member.js';
import type { FieldProblem } from '../../domain/errors.js';
import { identityKey, importedHandle, importedMemberId } from './importIdentity.js';
import { type MemberColumn, type RawMemberRow, REQUIRED_COLUMNS } from './memberColumns.js';
import { checked, type Issues, isBlank, list, number, references, skills, text } from './memberFields.js';
import type { ReferenceLookup } from './referenceLookup.js';

export interface MemberImportRow {
  /** Where the row comes from, as problems name it: "line 14" (CSV) or "item 3" (JSON). */
  source: string;
  /** The member as a new record would be: derived id and handle, timestamps at import time, defaults. */
  record: MemberRecord;
  /** The fields the file gives a value for; only these change an existing member. */
  provided: readonly MemberColumn[];
}

export type RowResult = { row: MemberImportRow } | { problems: FieldProblem[] };

const spokenLanguages = memberSchema.shape.languages;
/** Built once: a zod schema costs more to build than to run, and a file may have a million rows. */
const externalIdSchema = z.string().max(128, 'must be at most 128 characters');

export function parseMemberRow(
  raw: RawMemberRow,
  source: string,
  lookup: ReferenceLookup,
  now: number,
): RowResult {
  const problems: FieldProblem[] = [];
  const provided: MemberColumn[] = [];

  function field<T>(
    column: MemberColumn,
    parse: (value: unknown, issues: Issues) => T | undefined,
  ): T | undefined {
    const value = raw[column];
    if (isBlank(value)) {
      if (REQUIRED_COLUMNS.includes(column))
        problems.push({ path: [source, column], message: 'is required' });
      return undefined;
    }
    const issues: Issues = [];
    const parsed = parse(value, issues);
    for (const issue of issues)
      problems.push({ path: [source, column, ...issue.path], message: issue.message });
    if (issues.length === 0) provided.push(column);
    return issues.length === 0 ? parsed : undefined;
  }
  const validText =
    <S extends z.ZodType>(schema: S, transform: (s: string) => string = (s) => s) =>
    (value: unknown, issues: Issues): z.output<S> | undefined => {
      const s = text(value, issues);
      return s === undefined ? undefined : checked(schema, transform(s), issues);
    };
  const validNumber =
    <S extends z.ZodType>(schema: S) =>
    (value: unknown, issues: Issues): z.output<S> | undefined => {
      const n = number(value, issues);
      return n === undefined ? undefined : checked(schema, n, issues);
    };

  const externalId = field('externalId', validText(externalIdSchema));
  const name = field('name', validText(memberSchema.shape.name));
  const email = field(
    'email',
    validText(memberSchema.shape.email, (s) => s.toLowerCase()),
  );
  const phone = field('phone', validText(memberSchema.shape.phone));
  const city = field('city', validText(memberSchema.shape.city));
  const country = field(
    'country',
    validText(countrySchema, (s) => s.toUpperCase()),
  );
  const lat = field('lat', validNumber(latitudeSchema));
  const lon = field('lon', validNumber(longitudeSchema));
  const languages = field('languages', (value, issues) => {
    const codes = list(value, issues)?.map((code) => code.toLowerCase());
    return codes && checked(spokenLanguages, [...new Set(codes)], issues);
  });
  const memberSkills = field('skills', (value, issues) => {
    const parsed = skills(value, lookup, issues);
    return parsed && checked(memberRecordSchema.shape.skills, parsed, issues);
  });
  const spaces = field('spaces', (value, issues) => references(value, (id) => lookup.space(id), issues));
  const communities = field('communities', (value, issues) =>
    references(value, (id) => lookup.community(id), issues),
  );
  const filieres = field('filieres', (value, issues) =>
    references(value, (id) => lookup.filiere(id), issues),
  );
  const bio = field('bio', validText(memberSchema.shape.bio));
  const availability = field(
    'availability',
    validText(availabilitySchema, (s) => s.toLowerCase()),
  );
  const visibility = field(
    'visibility',
    validText(visibilitySchema, (s) => s.toLowerCase()),
  );

  if (
    (lat === undefined) !== (lon === undefined) &&
    !problems.some((p) => p.path[1] === 'lat' || p.path[1] === 'lon')
  ) {
    const missing = lat === undefined ? 'lat' : 'lon';
    problems.push({ path: [source, missing], message: 'lat and lon must be given together' });
  }
  if (problems.length > 0 || name === undefined || email === undefined) return { problems };

  const key = identityKey(externalId ?? null, email);
  const record: MemberRecord = {
    id: importedMemberId(key),
    externalId: externalId ?? null,
    handle: importedHandle(name, key),
    name,
    email,
    phone: phone ?? null,
    bio: bio ?? '',
    city: city ?? null,
    country: country ?? null,
    lat: lat ?? null,
    lon: lon ?? null,
    languages: languages ?? [],
    preferredLanguage: preferredLanguageOf(languages ?? [], country ?? null),
    availability: availability ?? 'available',
    privacy: privacySchema.parse({ visibility: visibility ?? undefined }),
    joinedAt: now,
    createdAt: now,
    updatedAt: now,
    skills: memberSkills ?? [],
    spaces: spaces ?? [],
    communities: communities ?? [],
    filieres: filieres ?? [],
  };
  return { row: { source, record, provided } };
}

/** The first interface language the member speaks, else the main one of their country. */
function preferredLanguageOf(languages: readonly string[], country: string | null): UiLanguage {
  const spoken = languages.find((l): l is UiLanguage => (LANGUAGES as readonly string[]).includes(l));
  if (spoken) return spoken;
  if (country === 'NL') return 'nl';
  if (country === 'BE' || country === 'FR' || country === 'LU') return 'fr';
  return 'en';
}
