import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { memberRecord, searchContext } from '../../test/contract/searchFixtures.js';
import { memberDocument } from '../documents.js';
import { parseMemberSearchQuery } from '../searchQuery.js';
import { SkillVocabulary } from '../skillVocabulary.js';
import { hasMatch, MATCH_END, MATCH_START, markedParts } from './formattedText.js';
import { meiliMember, primaryKey } from './meiliDocuments.js';
import { anyOf, geoRadiusFilter, memberFilter, quoteFilterValue, visibilityFilter } from './meiliFilters.js';
import { plainQueryText } from './queryText.js';

const skills = new SkillVocabulary(new Taxonomy(loadReferenceData().skills));

describe('Meilisearch documents', () => {
  it('keeps valid ids and encodes the others reversibly and distinctly', () => {
    expect(primaryKey('m_0000001')).toBe('m_0000001');
    expect(primaryKey('m:1')).toBe(`x-${Buffer.from('m:1').toString('hex')}`);
    expect(primaryKey('x-6d')).not.toBe('x-6d');
  });

  it('flattens a member for filters, facets, geo and level filters', () => {
    const doc = meiliMember(
      memberDocument(
        memberRecord({
          id: 'm1',
          name: 'A B',
          city: 'Lille',
          lat: 50.6,
          lon: 3.05,
          skills: [{ skill: 'ceramics', level: 2, years: 1 }],
          spaces: ['mutualab'],
        }),
        searchContext(),
      ),
    );
    expect(doc).toMatchObject({
      pk: 'm1',
      skill: ['ceramics'],
      skillAtLevel: ['ceramics@1', 'ceramics@2'],
      space: ['mutualab'],
      places: ['Lille', 'Mutualab (formerly Coworking Lille)'],
      maxLevel: 2,
      _geo: { lat: 50.6, lng: 3.05 },
    });
    expect(JSON.stringify(doc)).not.toContain('@example.org');
  });
});

describe('Meilisearch filters', () => {
  it('quotes values so that they cannot change the expression', () => {
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(anyOf('city', ['Lille', 'x" OR visibility = "nobody'])).toBe(
      'city IN ["Lille", "x\\" OR visibility = \\"nobody"]',
    );
  });

  it('applies privacy: network only, plus shared spaces, nothing for admins', () => {
    expect(visibilityFilter({ viewerSpaces: null, includeHidden: false, signedIn: true })).toBe(
      'visibility = "network"',
    );
    expect(visibilityFilter({ viewerSpaces: ['la-kop'], includeHidden: false, signedIn: true })).toBe(
      '(visibility = "network" OR (visibility = "spaces" AND space IN ["la-kop"]))',
    );
    expect(visibilityFilter({ viewerSpaces: ['la-kop'], includeHidden: true, signedIn: true })).toBeNull();
    // A visitor who is not signed in matches no document, whatever its visibility.
    expect(visibilityFilter({ viewerSpaces: null, includeHidden: false, signedIn: false })).toBe(
      'visibility NOT IN ["network", "spaces", "nobody"]',
    );
  });

  it('builds a member search filter: privacy, broad skills with levels, other filters, radius', () => {
    const q = parseMemberSearchQuery({
      filters: { skills: ['ceramics'], minSkillLevel: 3, cities: ['Lille'] },
      near: { lat: 50.6, lon: 3, radiusKm: 10 },
    });
    const filter = memberFilter(q, { viewerSpaces: null, includeHidden: false, signedIn: true }, skills);
    expect(filter[0]).toBe('visibility = "network"');
    expect(filter[1]).toContain('skillAtLevel IN [');
    expect(filter[1]).toContain('"wheel-throwing@3"');
    expect(filter.slice(2)).toEqual(['city IN ["Lille"]', '_geoRadius(50.6, 3, 10000)']);
  });

  it('writes the radius in metres', () => {
    expect(geoRadiusFilter({ lat: 50.6, lon: 3, radiusKm: 12.5 })).toBe('_geoRadius(50.6, 3, 12500)');
  });
});

describe('query text', () => {
  it('keeps words only, so that Meilisearch syntax is never interpreted', () => {
    expect(plainQueryText('-Quillfeather "Oudekerk" NEAR(')).toBe('quillfeather oudekerk near ');
    expect(plainQueryText('-Quillfea')).toBe('quillfea');
    expect(plainQueryText('céramiste ')).toBe('ceramiste ');
    expect(plainQueryText('*** ')).toBe('');
  });
});

describe('marked text', () => {
  it('turns the match markers into parts', () => {
    const parts = markedParts(`Zéphyrine ${MATCH_START}Oudekerk${MATCH_END}, céramiste`);
    expect(parts).toEqual([
      { text: 'Zéphyrine ', match: false },
      { text: 'Oudekerk', match: true },
      { text: ', céramiste', match: false },
    ]);
    expect(hasMatch(parts)).toBe(true);
    expect(hasMatch(markedParts('plain'))).toBe(false);
  });
});
