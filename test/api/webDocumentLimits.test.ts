// Every GraphQL document the web app sends (each exported string of web/src/graphql/*
// that parses as an operation) goes through the server's real query limits
// (api/plugins/queryLimits.ts: tokens, depth, aliases, directives, cost) and the
// real schema's validation, with realistic variables coerced against their declared
// types. A screen whose document exceeds a limit (the "/tenders" list once asked 50
// tenders with every nested field: cost 8457 of 5000) fails here, not in the browser.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS, queryLimitPlugins } from '../../api/plugins/queryLimits.js';
import { schema } from '../../api/schema/index.js';

const GRAPHQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/graphql');

interface WebDocument {
  module: string;
  exportName: string;
  source: string;
  operation: OperationDefinitionNode;
}

/** Exported strings of the web app's GraphQL modules that are operations (fragments of text are skipped). */
async function webDocuments(): Promise<WebDocument[]> {
  const documents: WebDocument[] = [];
  const modules = readdirSync(GRAPHQL_DIR).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f));
  for (const module of modules.sort()) {
    const exports = (await import(pathToFileURL(path.join(GRAPHQL_DIR, module)).href)) as Record<
      string,
      unknown
    >;
    for (const [exportName, value] of Object.entries(exports)) {
      if (typeof value !== 'string' || !/^\s*(query|mutation|subscription)\b/.test(value)) continue;
      const operation = parse(value).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (operation) documents.push({ module, exportName, source: value, operation });
    }
  }
  return documents;
}

/** Values a screen really sends, by variable name (the rest are made from the variable's type). */
const REALISTIC: Record<string, unknown> = {
  first: 20,
  last: 20,
  after: 'T2Zmc2V0Q29ubmVjdGlvbjoxOQ==',
  before: 'T2Zmc2V0Q29ubmVjdGlvbjoyMA==',
  query: 'céramiste',
  text: 'Scénographie et éclairage pour une exposition photographique à Lille, date limite 15 mars 2027',
  near: { lat: 50.6292, lon: 3.0573, radiusKm: 50 },
  handle: 'camille-dufour',
  slug: 'ceramics',
  skill: 'ceramics',
  filiere: 'ceramics',
  xml: '<ContractNotice/>',
  email: 'newcomer@example.org',
  password: 'a long enough passphrase',
  k: 3,
};

/** A plausible value of an input type: required fields of input objects filled, one list item. */
function sampleOf(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType, name);
  if (isListType(type)) return [sampleOf(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.name; // variables carry the GraphQL name (UPPER_CASE), not the internal value
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, REALISTIC[f.name] ?? sampleOf(f.type, f.name)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 20;
      case 'Float':
        return 50;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2027-03-15T12:00:00.000Z';
      case 'ID':
        return 'VGVuZGVyOnRkcl8x';
      default:
        return name.toLowerCase().includes('id') ? 'tdr_0123456789' : 'atelier céramique';
    }
  }
  throw new Error(`no sample for the type of $${name}`);
}

function variablesFor(operation: OperationDefinitionNode, target: GraphQLSchema): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(target, definition.type) as GraphQLInputType | undefined;
    if (!type) throw new Error(`unknown type of $${name}`);
    variables[name] = REALISTIC[name] !== undefined ? REALISTIC[name] : sampleOf(type, name);
  }
  return variables;
}

const limited = createYoga({ schema, plugins: queryLimitPlugins({ production: true }) });

/** Errors the server would answer before running the document: parse, validation and limits. */
function errorsOf(source: string): string[] {
  const { parse: parseLimited, validate } = limited.getEnveloped({});
  try {
    const document = parseLimited(source);
    return (validate(schema, document) as readonly GraphQLError[]).map((e) => e.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

describe('web app documents within the query limits', async () => {
  const documents = await webDocuments();

  it('finds the documents of every screen', () => {
    expect(documents.length).toBeGreaterThan(40);
    expect(documents.map((d) => d.exportName)).toContain('TENDERS_LIST');
  });

  it.each(documents.map((d) => [`${d.module} ${d.exportName}`, d] as const))(
    '%s passes tokens, depth, aliases, directives and cost, and its variables coerce',
    (_name, document) => {
      expect(errorsOf(document.source)).toEqual([]);
      const coerced = getVariableValues(
        schema,
        document.operation.variableDefinitions ?? [],
        variablesFor(document.operation, schema),
      );
      expect(coerced.errors?.map((e) => e.message) ?? []).toEqual([]);
    },
  );

  it('refuses a document over the cost limit (the old tenders list)', () => {
    const tooDear = `query { tenders(first: 50) { totalCount edges { node {
      tenderId title buyer description deadline radiusKm maxTeamSize budget currency status lot
      location { lat lon } requirements { skillId minLevel count skill { slug label } }
      sourceNotice { noticeId placeName nuts cpv }
      teamSuggestions { suggestionId score explanation members { memberId role member { handle name } } pairs { a b distance } }
    } } } }`;
    expect(errorsOf(tooDear).join(' ')).toMatch(new RegExp(`Cost limit of ${QUERY_LIMITS.maxCost}`));
  });
});
