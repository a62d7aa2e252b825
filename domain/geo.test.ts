import { describe, expect, it } from 'vitest';
import { effectiveLocation } from './geo.js';

const LILLE = { lat: 50.629, lon: 3.057 };
const BRUSSELS = { lat: 50.846, lon: 4.352 };
const NOWHERE = { lat: null, lon: null };

describe('effectiveLocation', () => {
  it('is the member’s own point when they have one, whatever their spaces', () => {
    expect(effectiveLocation({ lat: 48.85, lon: 2.35 }, [LILLE], BRUSSELS)).toEqual({
      lat: 48.85,
      lon: 2.35,
    });
  });

  it('is the space nearest to the reference point for a member without coordinates', () => {
    expect(effectiveLocation(NOWHERE, [NOWHERE, LILLE, BRUSSELS], { lat: 50.85, lon: 4.3 })).toEqual(
      BRUSSELS,
    );
    expect(effectiveLocation(NOWHERE, [NOWHERE, LILLE, BRUSSELS], { lat: 50.6, lon: 3.0 })).toEqual(LILLE);
  });

  it('is the first located space without a reference point, and nowhere without any', () => {
    expect(effectiveLocation(NOWHERE, [NOWHERE, BRUSSELS, LILLE])).toEqual(BRUSSELS);
    expect(effectiveLocation(NOWHERE, [NOWHERE])).toBeNull();
    expect(effectiveLocation({ lat: 50, lon: null }, [])).toBeNull();
  });
});
