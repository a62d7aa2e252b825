// A Skill as node properties and back. `broader` and `related` are BROADER and
// RELATED relationships, so they are read alongside (columns "broader" and "related").
import type { Skill } from '../../domain/entities/skill.js';
import type { Row } from '../graphStore.js';
import { nullableText, type Properties, storedList, text, textList } from './rowValues.js';

export const SKILL_PROPERTIES = [
  'id',
  'labelFr',
  'labelEn',
  'labelNl',
  'altLabelsFr',
  'altLabelsEn',
  'altLabelsNl',
  'filieres',
] as const;

export function skillToProperties(skill: Skill): Properties {
  return {
    id: skill.id,
    labelFr: skill.labels.fr,
    labelEn: skill.labels.en,
    labelNl: skill.labels.nl,
    altLabelsFr: storedList(skill.altLabels.fr),
    altLabelsEn: storedList(skill.altLabels.en),
    altLabelsNl: storedList(skill.altLabels.nl),
    filieres: storedList(skill.filieres),
  };
}

/** Reads a skill from its properties plus the columns `broader` (id or null) and `related` (ids). */
export function skillFromRow(row: Row): Skill {
  return {
    id: text(row, 'id'),
    labels: { fr: text(row, 'labelFr'), en: text(row, 'labelEn'), nl: text(row, 'labelNl') },
    altLabels: {
      fr: textList(row, 'altLabelsFr'),
      en: textList(row, 'altLabelsEn'),
      nl: textList(row, 'altLabelsNl'),
    },
    broader: nullableText(row, 'broader'),
    related: textList(row, 'related').sort(),
    filieres: textList(row, 'filieres'),
  };
}
