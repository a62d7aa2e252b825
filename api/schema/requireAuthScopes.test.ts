import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { describe, expect, it } from 'vitest';
import { requireAuthScopesPlugin } from './requireAuthScopes.js';

function newBuilder() {
  return new SchemaBuilder<{ AuthScopes: { public: boolean } }>({
    plugins: [requireAuthScopesPlugin, ScopeAuthPlugin],
    scopeAuth: { authScopes: () => ({ public: true }) },
  });
}

describe('requireAuthScopes', () => {
  it('refuses to build a root field without authScopes', () => {
    const builder = newBuilder();
    builder.queryType({ fields: (t) => ({ open: t.string({ resolve: () => 'x' }) }) });
    expect(() => builder.toSchema()).toThrow(/Query\.open has no authScopes/);
  });

  it('refuses an object field when neither it nor its type has a rule', () => {
    const builder = newBuilder();
    const Thing = builder.objectRef<{ secret: string }>('Thing').implement({
      fields: (t) => ({ secret: t.exposeString('secret') }),
    });
    builder.queryType({
      fields: (t) => ({
        thing: t.field({ type: Thing, authScopes: { public: true }, resolve: () => ({ secret: 's' }) }),
      }),
    });
    expect(() => builder.toSchema()).toThrow(/Thing\.secret has no authScopes \(nor has Thing\)/);
  });

  it('builds when every field is covered by its own or its type’s rule', () => {
    const builder = newBuilder();
    const Thing = builder.objectRef<{ name: string }>('Thing').implement({
      authScopes: { public: true },
      fields: (t) => ({ name: t.exposeString('name') }),
    });
    builder.queryType({
      fields: (t) => ({
        thing: t.field({ type: Thing, authScopes: { public: true }, resolve: () => ({ name: 'n' }) }),
      }),
    });
    expect(builder.toSchema().getQueryType()?.getFields().thing).toBeDefined();
  });
});
