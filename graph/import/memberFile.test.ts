import { describe, expect, it } from 'vitest';
import { memberRecordSchema } from '../../domain/entities/member.js';
import { BadUserInputError } from '../../domain/errors.js';
import { type MemberFileOptions, memberFileFormat, parseMemberFile } from './memberFile.js';

const NOW = Date.UTC(2025, 0, 15);
const csv: MemberFileOptions = { format: 'csv', now: NOW };
const json: MemberFileOptions = { format: 'json', now: NOW };
const HEADER =
  'externalId,name,email,phone,city,country,lat,lon,languages,skills,spaces,communities,filieres,bio,availability,visibility';

const GOOD_CSV = [
  HEADER,
  'A1,Anaïs Dubois,Anais.Dubois@Example.org,+32 555 12 34 56,Liège,be,50.63,5.57,fr;en,ceramics:4:10;woodworking:2,brasserie-haecht,smart,ceramics,"Potière, céramiste ""raku""",available,network',
  'A2,Jan Peeters,jan@example.org,,Gent,BE,51.05,3.72,nl; en,céramiste:3,smart-gent-office,,ceramics;wood,,Limited,spaces',
  ',Léa Martin,lea@example.net,,,,,,,,,,,,,',
].join('\n');

/** Parses and expects a BadUserInputError, returning its problems. */
function problemsOf(content: string | Uint8Array, options: MemberFileOptions) {
  try {
    parseMemberFile(content, options);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).problems;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseMemberFile — CSV', () => {
  it('parses good rows into valid member records', () => {
    const rows = parseMemberFile(GOOD_CSV, csv);
    expect(rows.map((r) => r.source)).toEqual(['line 2', 'line 3', 'line 4']);
    for (const row of rows) expect(memberRecordSchema.safeParse(row.record).success).toBe(true);
    const [anais, jan, lea] = rows.map((r) => r.record);
    expect(anais).toMatchObject({
      externalId: 'A1',
      name: 'Anaïs Dubois',
      email: 'anais.dubois@example.org',
      country: 'BE',
      lat: 50.63,
      lon: 5.57,
      languages: ['fr', 'en'],
      preferredLanguage: 'fr',
      skills: [
        { skill: 'ceramics', level: 4, years: 10 },
        { skill: 'woodworking', level: 2, years: 0 },
      ],
      spaces: ['brasserie-haecht'],
      communities: ['smart'],
      filieres: ['ceramics'],
      bio: 'Potière, céramiste "raku"',
      availability: 'available',
      joinedAt: NOW,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(anais!.handle).toMatch(/^anais-dubois-[0-9a-f]{6}$/);
    expect(jan).toMatchObject({
      skills: [{ skill: 'ceramics', level: 3, years: 0 }],
      filieres: ['ceramics', 'wood'],
      availability: 'limited',
      privacy: { visibility: 'spaces', suggestForBids: true },
      preferredLanguage: 'nl',
      phone: null,
    });
    expect(lea).toMatchObject({ externalId: null, city: null, lat: null, skills: [], bio: '' });
    expect(rows[2]!.provided).toEqual(['name', 'email']);
    expect(rows[0]!.provided).toHaveLength(16);
  });

  it('derives the same ids and handles on every import, from externalId or else e-mail', () => {
    const first = parseMemberFile(GOOD_CSV, csv).map((r) => [r.record.id, r.record.handle]);
    const again = parseMemberFile(GOOD_CSV, { ...csv, now: NOW + 1000 }).map((r) => [
      r.record.id,
      r.record.handle,
    ]);
    expect(again).toEqual(first);
    expect(new Set(first.map(([id]) => id)).size).toBe(3);
    const renamed = parseMemberFile(GOOD_CSV.replace('Anais.Dubois@', 'anais.d@'), csv);
    expect(renamed[0]!.record.id).toBe(first[0]![0]);
    const withoutExternalId = parseMemberFile(GOOD_CSV.replace('\nA2,', '\n,'), csv);
    expect(withoutExternalId[1]!.record.id).not.toBe(first[1]![0]);
  });

  it('reads a file with a BOM and CRLF line ends exactly like the plain one', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${GOOD_CSV.replaceAll('\n', '\r\n')}\r\n`);
    expect(parseMemberFile(bytes, csv)).toEqual(parseMemberFile(GOOD_CSV, csv));
  });

  it('matches header names regardless of case and accepts a subset of the columns', () => {
    const rows = parseMemberFile('Name, EMAIL ,Skills\n"Peeters, Jan",jan@example.org,keramist:2\n', csv);
    expect(rows[0]!.record).toMatchObject({
      name: 'Peeters, Jan',
      skills: [{ skill: 'ceramics', level: 2 }],
    });
  });

  it('lists every bad row with its physical line and the failing field', () => {
    const file = [
      HEADER, // 1
      'A1,Anaïs Dubois,anais@example.org,,,,,,,,,,,,,', // 2 good
      'A3,,nameless@example.org,,,,,,,,,,,,,', // 3 missing name
      'A4,Bad Mail,not-an-email,,,,,,,,,,,,,', // 4 bad e-mail
      'A5,Unknown Skill,a5@example.org,,,,,,,basketweaving:3,,,,,,', // 5 unknown skill
      'A6,Too High,a6@example.org,,,,,,,ceramics:3;woodworking:7,,,,,,', // 6 level out of range
      'A7,Nowhere,a7@example.org,,,,,,,,atlantis,nobody-coop,astronauts,,,', // 7 unknown references
      'A1,Twin Id,twin@example.org,,,,,,,,,,,,,', // 8 duplicate externalId
      'A9,Twin Mail,ANAIS@example.org,,,,,,,,,,,,,', // 9 duplicate e-mail
      'A10,Off Map,a10@example.org,,,,95,abc,,,,,,,,', // 10 bad lat and lon
      'A11,Long Bio,a11@example.org,,,Belgium,,,,,,,,"first line', // 11 bad country, bio spans 2 lines
      'second line",,', // 12
      'A13,Short Row,a13@example.org', // 13 wrong number of fields
      '', // 14 blank
      'A15,Half Point,a15@example.org,,,,50.8,,,,,,,,,', // 15 lat without lon
      'A16,Odd Values,a16@example.org,,,,,,,,,,,,sometimes,friends', // 16 bad enums
    ].join('\n');
    const problems = problemsOf(file, csv);
    expect(problems.map((p) => p.path)).toEqual([
      ['line 3', 'name'],
      ['line 4', 'email'],
      ['line 5', 'skills', 0],
      ['line 6', 'skills', 1, 'level'],
      ['line 7', 'spaces', 0],
      ['line 7', 'communities', 0],
      ['line 7', 'filieres', 0],
      ['line 8', 'externalId'],
      ['line 9', 'email'],
      ['line 10', 'lat'],
      ['line 10', 'lon'],
      ['line 11', 'country'],
      ['line 13'],
      ['line 15', 'lon'],
      ['line 16', 'availability'],
      ['line 16', 'visibility'],
    ]);
    const message = (line: string) =>
      problems
        .filter((p) => p.path[0] === line)
        .map((p) => p.message)
        .join(' | ');
    expect(message('line 3')).toBe('is required');
    expect(message('line 4')).toBe('must be a valid e-mail address');
    expect(message('line 5')).toBe('unknown skill "basketweaving"');
    expect(message('line 6')).toContain('level must be a whole number from 1 to 5');
    expect(message('line 7')).toBe(
      'unknown space "atlantis" | unknown community "nobody-coop" | unknown filière "astronauts"',
    );
    expect(message('line 8')).toBe('duplicate of line 2');
    expect(message('line 9')).toBe('duplicate of line 2');
    expect(message('line 10')).toContain('must be ≤ 90');
    expect(message('line 10')).toContain('must be a number');
    expect(message('line 13')).toContain('has 3 fields but the header has 16');
    expect(message('line 15')).toBe('lat and lon must be given together');
  });

  it('reports unknown, repeated and missing columns on the header line', () => {
    expect(problemsOf('name,email,favouriteColour,Name\nJan,jan@example.org,blue,Jan\n', csv)).toEqual([
      { path: ['line 1', 'favouriteColour'], message: expect.stringContaining('unknown column') },
      { path: ['line 1', 'name'], message: 'column appears twice' },
    ]);
    expect(problemsOf('externalId,name\nA1,Jan\n', csv)).toEqual([
      { path: ['line 1'], message: 'missing column "email"' },
    ]);
  });

  it('refuses empty files, header-only files and broken quoting', () => {
    expect(problemsOf('', csv)).toEqual([{ path: ['file'], message: 'is empty' }]);
    expect(problemsOf('\uFEFF \n\n', csv)).toEqual([{ path: ['file'], message: 'is empty' }]);
    expect(problemsOf(`${HEADER}\n`, csv)).toEqual([
      { path: ['file'], message: 'has a header but no member rows' },
    ]);
    const unclosed = problemsOf('name,email,bio\nJan,jan@example.org,ok\nLea,lea@example.org,"oops\n', csv);
    expect(unclosed[0]!.path).toEqual(['line 3']);
  });

  it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
    const latin1 = Buffer.from('name,email\nJan,jan@example.org\nAna\xefs,anais@example.org\n', 'latin1');
    const problems = problemsOf(latin1, csv);
    expect(problems).toEqual([{ path: ['file'], message: expect.stringContaining('line 3') }]);
    expect(problems[0]!.message).toContain('UTF-8');
  });

  it('explains in the error message how many problems there are', () => {
    try {
      parseMemberFile('name,email\n,a@example.org\n,b@example.org\n', csv);
      expect.unreachable();
    } catch (error) {
      expect((error as BadUserInputError).code).toBe('BAD_USER_INPUT');
      expect((error as Error).message).toMatch(/^The file has 2 problems: line 2\.name: is required/);
      expect((error as BadUserInputError).field).toBe('line 2.name');
    }
  });
});

describe('parseMemberFile — JSON', () => {
  it('parses an array of objects into the same records as the equivalent CSV', () => {
    const file = JSON.stringify([
      {
        externalId: 'A1',
        name: 'Anaïs Dubois',
        email: 'Anais.Dubois@Example.org',
        phone: '+32 555 12 34 56',
        city: 'Liège',
        country: 'be',
        lat: 50.63,
        lon: 5.57,
        languages: ['fr', 'en'],
        skills: [
          { skill: 'ceramics', level: 4, years: 10 },
          { skill: 'woodworking', level: 2 },
        ],
        spaces: ['brasserie-haecht'],
        communities: ['smart'],
        filieres: ['ceramics'],
        bio: 'Potière, céramiste "raku"',
        availability: 'available',
        visibility: 'network',
      },
    ]);
    const fromJson = parseMemberFile(file, json);
    expect(fromJson[0]!.source).toBe('item 1');
    expect(fromJson[0]!.record).toEqual(parseMemberFile(GOOD_CSV, csv)[0]!.record);
  });

  it('lists every bad item by its position', () => {
    const file = JSON.stringify([
      { name: 'Good', email: 'good@example.org' },
      { name: 'Bad Mail', email: 'nope' },
      { name: 'Bad Level', email: 'lvl@example.org', skills: [{ skill: 'ceramics', level: 0 }] },
      'just a string',
      { name: 'Colourful', email: 'colour@example.org', colour: 'blue' },
      { name: 'Twin', email: 'GOOD@example.org' },
      { name: 'Odd Types', email: 'odd@example.org', lat: 'north', lon: 4, skills: 'ceramics:9' },
    ]);
    expect(problemsOf(file, json)).toEqual([
      { path: ['item 2', 'email'], message: 'must be a valid e-mail address' },
      { path: ['item 3', 'skills', 0, 'level'], message: 'level must be a whole number from 1 to 5' },
      { path: ['item 4'], message: 'must be an object with the member fields' },
      { path: ['item 5', 'colour'], message: expect.stringContaining('unknown field') },
      { path: ['item 6', 'email'], message: 'duplicate of item 1' },
      { path: ['item 7', 'lat'], message: expect.stringContaining('must be a number') },
      {
        path: ['item 7', 'skills', 0, 'level'],
        message: '"ceramics:9": level must be a whole number from 1 to 5',
      },
    ]);
  });

  it('refuses text that is not JSON, or not an array of members', () => {
    expect(problemsOf('{"name": ', json)).toEqual([
      { path: ['file'], message: expect.stringMatching(/^is not valid JSON/) },
    ]);
    expect(problemsOf('{"name": "Jan"}', json)).toEqual([
      { path: ['file'], message: 'must be a JSON array of member objects' },
    ]);
    expect(problemsOf('[]', json)).toEqual([{ path: ['file'], message: 'has no members' }]);
  });

  it('rejects skills named ambiguously and says which ones they could be', () => {
    const file = JSON.stringify([{ name: 'Max', email: 'max@example.org', skills: ['producer:3'] }]);
    expect(problemsOf(file, json)).toEqual([
      {
        path: ['item 1', 'skills', 0],
        message: expect.stringContaining('film-production, music-production'),
      },
    ]);
  });
});

describe('memberFileFormat', () => {
  it('tells the format from the extension', () => {
    expect(memberFileFormat('members.CSV')).toBe('csv');
    expect(memberFileFormat('/tmp/export.json')).toBe('json');
    expect(() => memberFileFormat('members.xlsx')).toThrow(BadUserInputError);
  });
});
