// A lot built in a test, with only the fields the test cares about set.
import type { Lot } from '../eforms/notice.js';

export function lotFixture(fields: Partial<Lot> = {}): Lot {
  return {
    id: 'LOT-0001',
    kind: 'lot',
    internalId: null,
    title: {},
    description: {},
    contractNature: 'services',
    cpv: { main: null, additional: [] },
    places: [],
    estimatedValue: null,
    period: null,
    deadline: null,
    subcontracting: null,
    groupOfOperators: null,
    result: null,
    ...fields,
  };
}
