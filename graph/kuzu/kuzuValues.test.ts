import { describe, expect, it } from 'vitest';
import { plainKuzuRow } from './kuzuValues.js';

describe('plainKuzuRow', () => {
  it('turns bigints and dates into numbers and strips internal fields of nodes and relationships', () => {
    const row = plainKuzuRow({
      n: 12n,
      at: new Date(1_700_000_000_000),
      node: { _label: 'Member', _id: { offset: 1, table: 0 }, id: 'm1', tags: ['a'] },
      rel: { _src: { offset: 1, table: 0 }, _dst: { offset: 2, table: 0 }, _label: 'R', _id: {}, weight: 2 },
      path: { _nodes: [{ _label: 'A', _id: {}, id: 'a' }], _rels: [] },
      none: null,
    });
    expect(row).toEqual({
      n: 12,
      at: 1_700_000_000_000,
      node: { id: 'm1', tags: ['a'] },
      rel: { weight: 2 },
      path: { nodes: [{ id: 'a' }], relationships: [] },
      none: null,
    });
  });
});
