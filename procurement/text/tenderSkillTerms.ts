// French, Dutch and English phrases of calls for tenders that name a skill of
// the taxonomy without using its labels: adjectives ("photographique"), the
// nouns of a service ("conception graphique", "retouche", "éclairage",
// "tournage" of a film) and set phrases ("montage et démontage", "médiation
// autour de…"). Written by hand for Passerelle from the misses measured on
// procurement/testing/tenderTextSet.ts; word forms (plural, feminine) are added
// by wordForms, so each entry gives one form. Longer phrases win over shorter
// ones, so "tournage sur tour de potier" stays wheel throwing.

export const TENDER_SKILL_TERMS: Readonly<Record<string, readonly string[]>> = {
  photography: ['photographique', 'prises de vues photographiques'],
  'photo-editing': ['retouche', 'retouche photographique', 'retouche d’images', 'photo retouching'],
  sewing: ['retouches de vêtements', 'retouche de vêtements'],
  'graphic-design': ['conception graphique', 'création graphique', 'grafische vormgeving'],
  'exhibition-design': [
    'scénographie de l’exposition',
    'scénographie des expositions',
    'scénographie d’une exposition',
  ],
  'set-design': ['scénographie'],
  'stage-lighting': ['éclairage', 'création lumière', 'lighting design', 'lichtontwerp', 'lichttechnici'],
  'furniture-design': ['mobilier', 'mobilier d’exposition', 'meubilair'],
  'camera-operation': ['tournage', 'tournages', 'filming'],
  'cultural-mediation': [
    'actions de médiation',
    'médiation autour',
    'médiation auprès des publics',
    'médiation avec les publics',
    'médiation culturelle',
  ],
  'mediation-conflict': [
    'médiation de conflits',
    'médiation des conflits',
    'gestion des conflits',
    'conflict mediation',
    'conflicthantering',
    'bemiddeling bij conflicten',
  ],
  'corporate-video': ['vidéo institutionnelle', 'film d’entreprise'],
  screenwriting: ['écriture du scénario', 'écriture des scénarios'],
  'event-logistics': ['montage et démontage', 'opbouw en afbouw'],
  copywriting: ['rédaction web'],
  'workshop-facilitation': ['ateliers participatifs', 'atelier participatif'],
  research: ['recherche documentaire'],
  'sound-recording': ['enregistrement sonore', 'enregistrement en extérieur', 'geluidsopnames'],
  'sound-engineering': ['geluidstechnici'],
  'space-planning': ['agencement des espaces', 'agencement de l’espace'],
  'electrical-installation': ['électricité', 'travaux d’électricité', 'elektriciteitswerken'],
  joinery: ['schrijnwerk'],
  translation: ['vertaling', 'services de traduction'],
  'editing-proofreading': ['eindredactie'],
};
