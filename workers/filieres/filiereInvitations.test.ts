import { describe, expect, it } from 'vitest';
import type { Filiere } from '../../domain/entities/filiere.js';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import type { NetworkSnapshot, SnapshotMember } from '../../graph/repositories/networkSnapshotReader.js';
import { invitationCandidates } from './filiereInvitations.js';

const taxonomy = new Taxonomy(loadReferenceData().skills);
const ceramics: Filiere = {
  id: 'ceramics',
  labels: { fr: 'Céramique', en: 'Ceramics', nl: 'Keramiek' },
  description: '',
  coreSkills: ['ceramics', 'wheel-throwing', 'kiln-firing'],
};

function member(
  id: string,
  skills: Record<string, number>,
  extra: Partial<SnapshotMember> = {},
): SnapshotMember {
  return {
    id,
    city: null,
    visibility: 'network',
    suggestForFilieres: true,
    joinedAt: 0,
    skills: new Map(Object.entries(skills)),
    spaces: [],
    filieres: [],
    ...extra,
  };
}

function snapshot(members: SnapshotMember[], collaborations: [string, string][] = []): NetworkSnapshot {
  return {
    members,
    byId: new Map(members.map((m) => [m.id, m])),
    collaborations: collaborations.map(([source, target]) => ({ source, target, weight: 1 })),
    spaceNames: new Map(),
  };
}

describe('invitationCandidates', () => {
  const network = snapshot(
    [
      member('inside', { ceramics: 5 }, { filieres: ['ceramics'] }),
      member('expert', { ceramics: 5, 'wheel-throwing': 4, 'kiln-firing': 4 }),
      member('novice', { 'wheel-throwing': 1 }),
      member('friend', { ceramics: 2 }),
      member('optedOut', { ceramics: 5 }, { suggestForFilieres: false }),
      member('hidden', { ceramics: 5 }, { visibility: 'nobody' }),
      member('unrelated', { photography: 5 }),
    ],
    [['friend', 'inside']],
  );

  it('ranks holders of core skills outside the filière, never opted-out or hidden members', () => {
    const ranked = invitationCandidates(network, ceramics, taxonomy);
    expect(ranked.map((c) => c.memberId)).toEqual(['expert', 'friend', 'novice']);
    expect(ranked[0]).toMatchObject({ score: 0.606667, collaboratorsInFiliere: 0 }); // 0.7 × (1 + 0.8 + 0.8) / 3
    expect(ranked[0]!.coreSkills[0]).toEqual({ skill: 'ceramics', level: 5 });
    expect(ranked[1]).toMatchObject({ collaboratorsInFiliere: 1 });
  });

  it('keeps at most `limit` candidates', () => {
    expect(invitationCandidates(network, ceramics, taxonomy, 1).map((c) => c.memberId)).toEqual(['expert']);
  });
});
