// A stored suggestion reason (peer, filière invitation, filière proposal) as a
// sentence in the reader's language: the `explanation(language:)` field of
// those suggestion types, declared once by explanationField. Older suggestions
// hold a sentence: given as it is.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Suggestion } from '../../domain/entities/suggestion.js';
import {
  readSuggestionReason,
  reasonIds,
  renderSuggestionReason,
} from '../../workers/suggestions/suggestionReasons.js';
import type { RequestContext } from '../context.js';
import type { builder } from './builder.js';
import { Language } from './scalars.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The `explanation(language:)` field of a type that shows a suggestion. */
export function explanationField<Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  suggestionOf: (parent: Parent) => Suggestion,
  description = 'Why, in the reader’s language (the argument, else Accept-Language)',
) {
  return t.string({
    description,
    args: { language: t.arg({ type: Language, required: false }) },
    resolve: (parent, args, context) =>
      explainSuggestion(context, suggestionOf(parent).explanation, args.language ?? context.language),
  });
}

export async function explainSuggestion(
  context: RequestContext,
  explanation: string,
  language: UiLanguage,
): Promise<string> {
  const reason = readSuggestionReason(explanation);
  if (!reason) return explanation;
  const ids = reasonIds(reason);
  const [spaces, filieres] = await Promise.all([
    Promise.all(
      ids.spaces.map(async (id) => [id, (await context.loaders.space.load(id))?.name ?? id] as const),
    ),
    Promise.all(
      ids.filieres.map(
        async (id) => [id, (await context.loaders.filiere.load(id))?.labels[language] ?? id] as const,
      ),
    ),
  ]);
  const spaceNames = new Map(spaces);
  const filiereNames = new Map(filieres);
  const { taxonomy } = context.services;
  return renderSuggestionReason(
    reason,
    {
      skill: (id) => (taxonomy.has(id) ? taxonomy.label(id, language) : id),
      space: (id) => spaceNames.get(id) ?? id,
      filiere: (id) => filiereNames.get(id) ?? id,
    },
    language,
  );
}
