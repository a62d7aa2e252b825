import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../domain/referenceData.js';
import { Taxonomy } from '../domain/taxonomy.js';
import { extractSkills } from './skillsFromText.js';
import { AMBIGUOUS_FOR_SKILL } from './text/ambiguousTerms.js';
import { GERMAN_SKILL_TERMS } from './text/germanSkillTerms.js';
import { wordForms } from './text/wordForms.js';

const taxonomy = new Taxonomy(loadReferenceData().skills);
const found = (text: string) => extractSkills(text, taxonomy).map((mention) => [mention.id, mention.because]);

describe('extractSkills in French', () => {
  it.each([
    ["Recrutement d'un photographe pour le reportage", [['photography', 'photographe']]],
    [
      "Mission de traduction et d'interprétation simultanée",
      [
        ['translation', 'traduction'],
        ['interpreting', 'interprétation simultanée'],
      ],
    ],
    [
      'Lot 3 menuiseries intérieures, lot 5 peinture en bâtiment',
      [
        ['joinery', 'menuiseries'],
        ['painting-decorating', 'peinture en bâtiment'],
      ],
    ],
    ['Ateliers animés par des potières et des céramistes', [['ceramics', 'potières']]],
    [
      "Une formatrice d'adultes et une coach professionnelle",
      [
        ['adult-training', "formatrice d'adultes"],
        ['coaching', 'coach professionnelle'],
      ],
    ],
    [
      'Spectacle vivant : comédiennes, danseurs et marionnettistes',
      [
        ['performing-arts', 'Spectacle vivant'],
        ['acting', 'comédiennes'],
        ['dance', 'danseurs'],
        ['puppetry', 'marionnettistes'],
      ],
    ],
    ["Réalisation d'un film documentaire", [['documentary', 'film documentaire']]],
    [
      "Maîtrise d'œuvre : ARCHITECTE et paysagiste",
      [
        ['architecture', 'ARCHITECTE'],
        ['landscape-design', 'paysagiste'],
      ],
    ],
    ['Restauration d’oeuvres d’art', [['art-restoration', 'Restauration d’oeuvres d’art']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractSkills in Dutch', () => {
  it.each([
    [
      'Opdracht voor een fotograaf en een grafisch ontwerper',
      [
        ['photography', 'fotograaf'],
        ['graphic-design', 'grafisch ontwerper'],
      ],
    ],
    [
      'Vertaling en ondertiteling door ervaren vertalers',
      [
        ['translation', 'Vertaling'],
        ['subtitling', 'ondertiteling'],
      ],
    ],
    ['Schrijnwerkers gezocht voor de renovatie', [['joinery', 'Schrijnwerkers']]],
    [
      'Vier fotografen en twee tolken',
      [
        ['photography', 'fotografen'],
        ['interpreting', 'tolken'],
      ],
    ],
    ['Keramisten en pottenbakkers voor workshops', [['ceramics', 'Keramisten']]],
    ['Begeleiding door een loopbaancoach', [['coaching', 'loopbaancoach']]],
    [
      'Webontwikkelaars en UX-designers voor de nieuwe website',
      [
        ['web-development', 'Webontwikkelaars'],
        ['ux-ui-design', 'UX-designers'],
      ],
    ],
    ['Festivalorganisatie voor de stad', [['festival-management', 'Festivalorganisatie']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractSkills in English', () => {
  it.each([
    [
      'Photographers and videographers for the annual conference',
      [
        ['photography', 'Photographers'],
        ['corporate-video', 'videographers'],
      ],
    ],
    [
      'Translation services and conference interpreting',
      [
        ['translation', 'Translation'],
        ['interpreting', 'conference interpreting'],
      ],
    ],
    ['Interior designers for the refurbishment of the library', [['interior-design', 'Interior designers']]],
    [
      'Landscape architects and urban planners',
      [
        ['landscape-design', 'Landscape architects'],
        ['urban-planning', 'urban planners'],
      ],
    ],
    [
      'Sound engineers and lighting technicians for the festival',
      [
        ['sound-engineering', 'Sound engineers'],
        ['film-lighting', 'lighting technicians'],
        ['stage-lighting', 'lighting technicians'],
      ],
    ],
    ['Provision of IT services; the contractor shall ensure it is secure', [['digital', 'IT']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractSkills in German', () => {
  it.each([
    [
      'Übersetzungen und Dolmetscherinnen für die Konferenz',
      [
        ['translation', 'Übersetzungen'],
        ['interpreting', 'Dolmetscherinnen'],
      ],
    ],
    [
      'Fotografin für die Dokumentation der Veranstaltung',
      [
        ['photography', 'Fotografin'],
        ['event-production', 'Veranstaltung'],
      ],
    ],
    [
      'Tischlerarbeiten und Malerarbeiten im Rathaus',
      [
        ['joinery', 'Tischlerarbeiten'],
        ['painting-decorating', 'Malerarbeiten'],
      ],
    ],
    [
      'Grafikdesign und Webentwicklung',
      [
        ['graphic-design', 'Grafikdesign'],
        ['web-development', 'Webentwicklung'],
      ],
    ],
    [
      'Keramikerinnen und Bildhauer',
      [
        ['ceramics', 'Keramikerinnen'],
        ['sculpture', 'Bildhauer'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('only lists German terms for skills of the taxonomy', () => {
    expect(Object.keys(GERMAN_SKILL_TERMS).filter((id) => !taxonomy.has(id))).toEqual([]);
    expect(Object.keys(AMBIGUOUS_FOR_SKILL).filter((id) => !taxonomy.has(id))).toEqual([]);
  });
});

describe('extractSkills matching rules', () => {
  it('matches whole words only', () => {
    expect(found('videography, ceramistry')).toEqual([]);
    // The adjective is a term of calls for tenders (procurement/text/tenderSkillTerms.ts).
    expect(found('Une exposition photographique')).toEqual([['photography', 'photographique']]);
    expect(found('Photographies')).toEqual([['photography', 'Photographies']]);
    expect(found('Les cinéastes')).toEqual([['film-directing', 'cinéastes']]);
  });

  it('prefers the longest phrase and gives each word to one phrase', () => {
    expect(found('Un chef de projet et un peintre en bâtiment')).toEqual([
      ['project-management', 'chef de projet'],
      ['painting-decorating', 'peintre en bâtiment'],
    ]);
  });

  it('requires capitals for acronyms and very short terms', () => {
    expect(found('it is what it is; it supports the team')).toEqual([]);
    expect(found('IT support')).toEqual([['it-support', 'IT support']]);
    expect(found('IT services')).toEqual([['digital', 'IT']]);
    expect(found('Expert BIM et PR')).toEqual([
      ['technical-drawing-cad', 'BIM'],
      ['public-relations', 'PR'],
    ]);
    expect(found('bim pr')).toEqual([]);
  });

  it('ignores words that mislead in procurement language', () => {
    expect(
      found('Dans le cadre du projet, le conseil départemental prévoit une étude de maintenance'),
    ).toEqual([]);
    expect(found('Design and build of a new school; electronic submission by email')).toEqual([]);
  });

  it('keeps the most specific skill when a term names a skill and its broader one', () => {
    expect(found('menuisier')).toEqual([['joinery', 'menuisier']]);
  });

  it('reports each skill once, at its first mention, in text order', () => {
    expect(found('Traductrices. Photographes. Traducteurs.')).toEqual([
      ['translation', 'Traductrices'],
      ['photography', 'Photographes'],
    ]);
  });

  it('finds nothing in an empty or unrelated text', () => {
    expect(found('')).toEqual([]);
    expect(found("Service d'entretien et de nettoyage des espaces verts")).toEqual([]);
  });

  it('accepts extra terms in place of the German ones', () => {
    const mentions = extractSkills('Un scénographe de jardin', taxonomy, {
      extraTerms: { 'landscape-design': ['jardin'] },
    });
    expect(mentions.map((mention) => mention.id)).toEqual(['set-design', 'landscape-design']);
    expect(extractSkills('Übersetzer', taxonomy, { extraTerms: {} })).toEqual([]);
  });
});

describe('wordForms', () => {
  it.each([
    ['photographe', ['photographes']],
    ['traducteur', ['traductrice', 'traductrices', 'traducteurs']],
    ['menuisier', ['menuisiere', 'menuisieres', 'menuisiers']],
    ['comedien', ['comedienne', 'comediennes']],
    ['fotograaf', ['fotografen']],
    ['ubersetzer', ['ubersetzerin', 'ubersetzerinnen']],
    ['study', ['studies']],
  ])('%s accepts %j', (word, forms) => {
    expect(wordForms(word)).toEqual(expect.arrayContaining([word, ...forms]));
  });

  it('leaves short words alone and never shortens a word', () => {
    expect(wordForms('de')).toEqual(['de']);
    expect(wordForms('danse')).not.toContain('dans');
    expect(wordForms('danse').every((form) => form.startsWith('dans'))).toBe(true);
  });
});
