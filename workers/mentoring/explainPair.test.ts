import { describe, expect, it } from 'vitest';
import type { PairReason } from '../matching/mentorAssignment/index.js';
import { readReasons, renderPairReasons, storeReasons } from './explainPair.js';

const labels = {
  skill: (id: string) => ({ 'kiln-firing': 'Cuisson céramique', ceramics: 'Céramique' })[id] ?? `?${id}`,
  filiere: (id: string) => ({ ceramics: 'Céramique' })[id] ?? `?${id}`,
};
const REASONS: PairReason[] = [
  { factor: 'skill', wanted: 'kiln-firing', offered: 'ceramics', match: 'broader', points: 1 },
  { factor: 'level', gap: 1, points: 1 },
  { factor: 'language', shared: ['fr', 'nl'] },
  { factor: 'filiere', shared: ['ceramics'], points: 1 },
  { factor: 'distance', km: 12.4, points: 1 },
  { factor: 'feedback', average: 4.5, count: 2, points: 1 },
];

describe('mentor pair reasons', () => {
  it('are stored as codes with parameters and read back as they were', () => {
    const stored = storeReasons(REASONS);
    expect(readReasons(stored)).toEqual({ reasons: REASONS, legacy: [] });
  });

  it('keep the English lines of proposals stored before reasons were structured', () => {
    expect(readReasons('Wants Kiln firing\nShared language: fr')).toEqual({
      reasons: [],
      legacy: ['Wants Kiln firing', 'Shared language: fr'],
    });
    expect(readReasons(null)).toEqual({ reasons: [], legacy: [] });
  });

  it('render in French, Dutch and English with labels and proper plurals, never a slug', () => {
    expect(renderPairReasons(REASONS, labels, 'fr')).toEqual([
      'Souhaite apprendre Cuisson céramique : le mentor transmet Céramique, une compétence plus large',
      'Le mentor a en moyenne 1 niveau d’avance',
      'Langue en commun : français et néerlandais',
      'Même filière : Céramique',
      'À 12 km l’un de l’autre',
      'Note des mentorés précédents : 4,5/5 (2 avis)',
    ]);
    const nl = renderPairReasons(REASONS, labels, 'nl');
    expect(nl[1]).toBe('De mentor staat gemiddeld 1 niveau verder');
    expect(nl[2]).toBe('Gemeenschappelijke taal: Frans en Nederlands');
    expect(nl[5]).toBe('Score van eerdere mentees: 4,5/5 (2 beoordelingen)');
    const en = renderPairReasons([{ factor: 'level', gap: 2, points: 1 }], labels, 'en');
    expect(en).toEqual(['The mentor is 2 levels ahead on average']);
    for (const line of [...nl, ...renderPairReasons(REASONS, labels, 'fr')]) {
      expect(line).not.toMatch(/kiln-firing|\?/);
    }
  });
});
