// The columns of a member import file (CSV header or JSON keys), in the
// documented order. Lists in CSV cells are separated by ";".
export const MEMBER_COLUMNS = [
  'externalId',
  'name',
  'email',
  'phone',
  'city',
  'country',
  'lat',
  'lon',
  'languages',
  'skills',
  'spaces',
  'communities',
  'filieres',
  'bio',
  'availability',
  'visibility',
] as const;

export type MemberColumn = (typeof MEMBER_COLUMNS)[number];

/** Every row needs these. */
export const REQUIRED_COLUMNS: readonly MemberColumn[] = ['name', 'email'];

const byFoldedName = new Map<string, MemberColumn>(MEMBER_COLUMNS.map((c) => [c.toLowerCase(), c]));

/** Header names are matched without regard to case or surrounding spaces ("Email" is `email`). */
export function memberColumn(name: string): MemberColumn | undefined {
  return byFoldedName.get(name.trim().toLowerCase());
}

/** A row as read from the file, before validation: CSV cells are strings, JSON values anything. */
export type RawMemberRow = Partial<Record<MemberColumn, unknown>>;
