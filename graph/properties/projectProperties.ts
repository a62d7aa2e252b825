// A Project as node properties and back.
import type { Project } from '../../domain/entities/project.js';
import type { Row } from '../graphStore.js';
import { nullableNumeric, numeric, type Properties, text } from './rowValues.js';

export const PROJECT_PROPERTIES = ['id', 'title', 'description', 'startedAt', 'endedAt'] as const;

export function projectToProperties(project: Project): Properties {
  return {
    id: project.id,
    title: project.title,
    description: project.description,
    startedAt: project.startedAt,
    endedAt: project.endedAt,
  };
}

export function projectFromRow(row: Row): Project {
  return {
    id: text(row, 'id'),
    title: text(row, 'title'),
    description: text(row, 'description'),
    startedAt: numeric(row, 'startedAt'),
    endedAt: nullableNumeric(row, 'endedAt'),
  };
}
