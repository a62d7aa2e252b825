// A Filière as node properties and back. Its core skills are CORE_SKILL
// relationships, read alongside as the column "coreSkills".
import type { Filiere } from '../../domain/entities/filiere.js';
import type { Row } from '../graphStore.js';
import { type Properties, text, textList } from './rowValues.js';

export const FILIERE_PROPERTIES = ['id', 'labelFr', 'labelEn', 'labelNl', 'description'] as const;

export function filiereToProperties(filiere: Filiere): Properties {
  return {
    id: filiere.id,
    labelFr: filiere.labels.fr,
    labelEn: filiere.labels.en,
    labelNl: filiere.labels.nl,
    description: filiere.description,
  };
}

export function filiereFromRow(row: Row): Filiere {
  return {
    id: text(row, 'id'),
    labels: { fr: text(row, 'labelFr'), en: text(row, 'labelEn'), nl: text(row, 'labelNl') },
    description: text(row, 'description'),
    coreSkills: textList(row, 'coreSkills').sort(),
  };
}
