import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../domain/referenceData.js';
import { memberRecord } from '../test/contract/searchFixtures.js';
import {
  datasetDocuments,
  documentContext,
  memberDocument,
  referenceDocuments,
  tenderDocument,
} from './documents.js';

const reference = loadReferenceData();
const ctx = documentContext(reference);

describe('memberDocument', () => {
  const record = memberRecord({
    id: 'm1',
    name: 'Zéphyrine Oudekerk',
    email: 'zephyrine@example.org',
    phone: '+33 6 12 34 56 78',
    skills: [
      { skill: 'wheel-throwing', level: 4, years: 3 },
      { skill: 'kiln-firing', level: 2, years: 1 },
      { skill: 'no-such-skill', level: 3, years: 1 },
    ],
    spaces: ['mutualab', 'unknown-space'],
    communities: ['smart'],
    filieres: ['ceramics'],
    privacy: {
      visibility: 'spaces',
      suggestForBids: true,
      suggestForMentoring: true,
      suggestForFilieres: true,
    },
  });
  const doc = memberDocument(record, ctx);

  it('never carries e-mail or phone', () => {
    const json = JSON.stringify(doc);
    expect(json).not.toContain('zephyrine@example.org');
    expect(json).not.toContain('12 34 56');
  });

  it('carries every label and alternative label of the skills in fr, en and nl', () => {
    expect(doc.skillTerms).toEqual(
      expect.arrayContaining([
        'Tournage céramique',
        'Wheel throwing',
        'Draaien op de pottenbakkersschijf',
        'draaien',
      ]),
    );
  });

  it('carries the broader skills with the level of the best skill below them, and their labels', () => {
    expect(doc.broaderSkills).toEqual([
      { id: 'ceramics', level: 4 },
      { id: 'crafts', level: 4 },
    ]);
    expect(doc.broaderTerms).toEqual(
      expect.arrayContaining(['Céramique', 'keramist', 'Crafts', 'Kunstambachten']),
    );
  });

  it('resolves names, keeps unknown ids without inventing names, and keeps privacy', () => {
    expect(doc.skills.map((s) => s.id)).toContain('no-such-skill');
    expect(doc.spaces).toEqual(['mutualab', 'unknown-space']);
    expect(doc.spaceNames).toEqual(['Mutualab (formerly Coworking Lille)']);
    expect(doc.communityNames).toEqual(['SMart']);
    expect(doc.filiereLabels).toContain('Céramique');
    expect(doc.visibility).toBe('spaces');
  });
});

describe('other documents', () => {
  it('gives a tender the labels of its required skills', () => {
    const doc = tenderDocument(
      {
        id: 'tdr-1',
        title: 'Fresque',
        buyer: 'Ville',
        description: '',
        deadline: null,
        lat: null,
        lon: null,
        radiusKm: null,
        requirements: [{ skill: 'ceramic-glazing', minLevel: 3, count: 1 }],
        maxTeamSize: null,
        budget: null,
        currency: null,
        status: 'open',
        createdBy: null,
        createdAt: 0,
        updatedAt: 5,
      },
      ctx,
    );
    expect(doc.skills).toEqual(['ceramic-glazing']);
    expect(doc.skillTerms).toContain('Émaillage');
    expect(doc.geo).toBeNull();
  });

  it('builds every document of a network: reference data, members, projects', () => {
    const member = memberRecord({ id: 'm1', name: 'A B', skills: [] });
    const project = {
      id: 'prj-1',
      title: 'Fresque',
      description: '',
      startedAt: 1,
      endedAt: null,
      members: [],
    };
    const docs = datasetDocuments({
      ...reference,
      members: [member],
      projects: [project],
      collaborations: [],
      mentorships: [],
    });
    expect(docs.filter((d) => d.kind === 'member').map((d) => d.id)).toEqual(['m1']);
    expect(docs.filter((d) => d.kind === 'project').map((d) => d.id)).toEqual(['prj-1']);
    expect(docs).toHaveLength(reference.skills.length + reference.spaces.length + 2);
  });

  it('builds a document per skill and per space of the reference data', () => {
    const docs = referenceDocuments(reference, ctx);
    expect(docs.filter((d) => d.kind === 'skill')).toHaveLength(reference.skills.length);
    expect(docs.filter((d) => d.kind === 'space')).toHaveLength(reference.spaces.length);
    const ceramics = docs.find((d) => d.kind === 'skill' && d.id === 'ceramics');
    expect(ceramics).toMatchObject({ broader: 'crafts', broaderLabels: { en: 'Crafts' } });
  });
});
