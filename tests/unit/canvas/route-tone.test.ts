import { describe, expect, it } from 'vitest';
import { CLEAR_DISTANCE, colourDistance, ROUTE_TONES, routeTone, type RouteTone } from '../../../src/features/canvas/route-tone';

const tones = Object.keys(ROUTE_TONES) as RouteTone[];
const nearest = (tone: RouteTone, colours: readonly string[]) => Math.min(...colours.map((colour) => colourDistance(ROUTE_TONES[tone], colour)));

describe('colourDistance', () => {
  it('is 0 for the same colour, in either spelling, and large between black and white', () => {
    expect(colourDistance('#abc', '#aabbcc')).toBeCloseTo(0, 6);
    expect(colourDistance('#000000', '#ffffff')).toBeCloseTo(100, 0);
  });

  it('tells the old route orange from the healthcare sample’s behavioral-health orange by only about 12: too close', () => {
    expect(colourDistance('#c05e00', '#b86e14')).toBeLessThan(15);
  });
});

describe('routeTone', () => {
  it('draws the route in ink on every sample map: far from all their group colours', () => {
    const samples = [
      ['#2f6fb0', '#2a8a7a', '#c0453a', '#7a5aa6', '#b86e14'],
      ['#a34a2a', '#9a5b00', '#1f6f8b', '#6b5b95', '#3d7a3a', '#7a4e2d'],
      ['#b03a6f', '#1f6f8b'],
    ];
    for (const groups of samples) {
      expect(routeTone(groups)).toBe('ink');
      expect(nearest('ink', groups)).toBeGreaterThanOrEqual(CLEAR_DISTANCE);
    }
  });

  it('moves away from a group coloured like the route would be: a near-black group gets a coloured route', () => {
    const groups = ['#141414', '#2f6fb0'];
    const tone = routeTone(groups);
    expect(tone).not.toBe('ink');
    expect(nearest(tone, groups)).toBeGreaterThanOrEqual(CLEAR_DISTANCE);
  });

  it('whatever the group colours, takes the tone furthest from them when none is clear of all', () => {
    // One group near each tone: no tone is clear, so the least confusable one is taken.
    const groups = tones.map((tone) => ROUTE_TONES[tone].replace(/.$/, '0'));
    const tone = routeTone(groups);
    for (const other of tones) expect(nearest(tone, groups)).toBeGreaterThanOrEqual(nearest(other, groups));
  });

  it('ignores colours that are not #rgb or #rrggbb, and is ink for a map without groups', () => {
    expect(routeTone([])).toBe('ink');
    expect(routeTone([undefined, 'black', 'url(x)'])).toBe('ink');
  });
});
