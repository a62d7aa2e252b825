// Deny by default: a Pothos plugin that refuses to build the schema when a
// field has no authorization rule. Root fields (Query, Mutation, Subscription)
// need their own `authScopes`; fields of other object types need one on the
// field or on their type. Exempt: the Relay plumbing (PageInfo, connection and
// edge types, the Node interface's id), which only carries what an authorised
// field already returned.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';

const RELAY_PLUMBING = /^(PageInfo|Node|.+Connection|.+Edge)$/;

export class RequireAuthScopesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const parent = fieldConfig.parentType;
    if (RELAY_PLUMBING.test(parent)) return fieldConfig;
    if (hasRule(fieldConfig.pothosOptions)) return fieldConfig;
    const typeConfig = this.buildCache.getTypeConfig(parent);
    const isRoot =
      typeConfig.kind === 'Query' || typeConfig.kind === 'Mutation' || typeConfig.kind === 'Subscription';
    if (!isRoot && hasRule(typeConfig.pothosOptions)) return fieldConfig;
    throw new Error(
      `${parent}.${fieldConfig.name} has no authScopes${isRoot ? '' : ` (nor has ${parent})`}: every field must say who may read it`,
    );
  }
}

function hasRule(options: object): boolean {
  return 'authScopes' in options && (options as { authScopes?: unknown }).authScopes !== undefined;
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      requireAuthScopes: RequireAuthScopesPlugin<Types>;
    }
  }
}

export const requireAuthScopesPlugin = 'requireAuthScopes' as const;

SchemaBuilder.registerPlugin(requireAuthScopesPlugin, RequireAuthScopesPlugin);
