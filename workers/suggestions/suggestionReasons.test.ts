import { describe, expect, it } from 'vitest';
import {
  type FiliereInvitationReason,
  type PeerReason,
  readSuggestionReason,
  reasonIds,
  renderSuggestionReason,
  storeSuggestionReason,
  type TenderAlertReason,
} from './suggestionReasons.js';

const labels = {
  skill: (id: string) =>
    ({ 'wheel-throwing': 'Tournage', glazing: 'Émaillage', ceramics: 'Céramique' })[id] ?? `?${id}`,
  space: (id: string) => ({ 'la-coroutine': 'La Coroutine' })[id] ?? `?${id}`,
  filiere: (id: string) => ({ ceramics: 'Céramique' })[id] ?? `?${id}`,
};

describe('suggestion reasons', () => {
  it('are stored as codes with parameters; older English sentences are not taken for one', () => {
    const reason: PeerReason = {
      code: 'peer',
      sharedNeighbours: 1,
      sharedSpaces: ['la-coroutine'],
      sharedSkills: [],
      complementary: [{ theirs: 'glazing', mine: 'wheel-throwing' }],
    };
    expect(readSuggestionReason(storeSuggestionReason(reason))).toEqual(reason);
    expect(readSuggestionReason('2 collaborators in common.')).toBeNull();
    expect(readSuggestionReason('{"code":"other"}')).toBeNull();
  });

  it('render a peer in French, Dutch and English with one/other plurals and labels', () => {
    const one: PeerReason = {
      code: 'peer',
      sharedNeighbours: 1,
      sharedSpaces: ['la-coroutine'],
      sharedSkills: [],
      complementary: [{ theirs: 'glazing', mine: 'wheel-throwing' }],
    };
    expect(renderSuggestionReason(one, labels, 'fr')).toBe(
      '1 collaborateur en commun; vous travaillez tous deux à La Coroutine; complète vos compétences : Émaillage (avec votre Tournage).',
    );
    expect(renderSuggestionReason({ ...one, sharedNeighbours: 3 }, labels, 'nl')).toMatch(
      /^3 gemeenschappelijke samenwerkingspartners; jullie werken allebei vanuit La Coroutine/,
    );
    expect(renderSuggestionReason({ ...one, sharedNeighbours: 2 }, labels, 'en')).toMatch(
      /^2 collaborators in common; you both work from La Coroutine; complements you: Émaillage \(with your Tournage\)\.$/,
    );
  });

  it('render a filière invitation with levels and the count of collaborators already in', () => {
    const reason: FiliereInvitationReason = {
      code: 'filiere-invitation',
      filiere: 'ceramics',
      skills: [
        { skill: 'glazing', level: 4 },
        { skill: 'wheel-throwing', level: 2 },
      ],
      collaboratorsInFiliere: 0,
    };
    expect(renderSuggestionReason(reason, labels, 'fr')).toBe(
      'Maîtrise des compétences clés de Céramique : Émaillage (niveau 4) et Tournage (niveau 2); aucun collaborateur dans la filière pour l’instant.',
    );
    expect(renderSuggestionReason({ ...reason, collaboratorsInFiliere: 1 }, labels, 'nl')).toMatch(
      /1 samenwerkingspartner zit al in de sector\.$/,
    );
    expect(renderSuggestionReason({ ...reason, collaboratorsInFiliere: 2 }, labels, 'en')).toMatch(
      /2 collaborators already in the filière\.$/,
    );
  });

  it('render a tender alert in French, Dutch and English, with skill and filière labels', () => {
    const alert: TenderAlertReason = {
      code: 'tender-alert',
      notice: 'N-42',
      buyer: '',
      hits: [
        { title: 'Vases', filiere: null, cpv: '44000000', skill: null, region: 'FRE' },
        { title: 'Bols', filiere: 'ceramics', cpv: null, skill: 'glazing', region: null },
      ],
    };
    expect(readSuggestionReason(storeSuggestionReason(alert))).toEqual(alert);
    expect(reasonIds(alert)).toEqual({ skills: ['glazing'], spaces: [], filieres: ['ceramics'] });
    expect(renderSuggestionReason(alert, labels, 'fr')).toBe(
      'Nouvel avis N-42, acheteur : non précisé. « Vases » correspond à votre alerte : CPV 44000000, région FRE. « Bols » correspond à votre alerte pour la filière Céramique : compétence Émaillage.',
    );
    expect(renderSuggestionReason(alert, labels, 'nl')).toBe(
      'Nieuwe aankondiging N-42 van een naamloze aanbestedende dienst. “Vases” past bij uw melding: CPV 44000000, regio FRE. “Bols” past bij uw melding voor de sector Céramique: vaardigheid Émaillage.',
    );
    expect(renderSuggestionReason(alert, labels, 'en')).toBe(
      'New notice N-42 from an unnamed buyer. “Vases” matches your alert: CPV 44000000, region FRE. “Bols” matches your alert for the filière Céramique: skill Émaillage.',
    );
  });
});
