// Places to search around: the network's spaces and the gazetteer's towns
// (autocomplete `places`, and `place` to restore a chosen one from its key).
import { findPlaces, type Place, placeByKey } from '../places/placeSearch.js';
import { builder, PUBLIC } from './builder.js';
import { GeoPoint } from './scalars.js';
import { upperCaseEnum } from './upperCaseEnum.js';

const PlaceKind = builder.enumType('PlaceKind', {
  values: upperCaseEnum(['space', 'town']),
});

const PlaceRef = builder.objectRef<Place>('Place').implement({
  authScopes: PUBLIC,
  description: 'A space of the network or a town, with its coordinates',
  fields: (t) => ({
    key: t.exposeString('key', { description: '"space:<slug>" or "town:<GeoNames id>"; pass it to `place`' }),
    kind: t.field({ type: PlaceKind, resolve: (p) => p.kind }),
    name: t.exposeString('name'),
    city: t.exposeString('city', { nullable: true }),
    country: t.exposeString('country', { description: 'ISO 3166-1 alpha-2' }),
    location: t.field({ type: GeoPoint, resolve: (p) => ({ lat: p.lat, lon: p.lon }) }),
  }),
});

builder.queryFields((t) => ({
  places: t.field({
    authScopes: PUBLIC,
    type: [PlaceRef],
    description: 'Spaces and towns whose name starts with the text typed (accents and case ignored)',
    args: {
      query: t.arg.string({ required: true }),
      first: t.arg.int({ required: false, defaultValue: 8, description: 'At most 20' }),
    },
    resolve: async (_root, args, context) =>
      findPlaces(args.query, await context.services.repositories.spaces.list(), args.first ?? 8),
  }),
  place: t.field({
    authScopes: PUBLIC,
    type: PlaceRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) =>
      placeByKey(args.key, await context.services.repositories.spaces.list()),
  }),
}));
