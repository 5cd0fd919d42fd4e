import { safeColour } from './safe-colour';

/**
 * The colours a highlighted route can be drawn in (canvas.css: `.occupation-node--route-<tone>`,
 * `.transition-edge--route-<tone>`). Ours, not the map's: each keeps 4.5:1 against white, so the ring
 * and the arrows read on a white canvas. A map's group colours can be any hex, so the route takes
 * the tone furthest from every group colour on the map (routeTone); it is drawn as a white-edged
 * band and heavier arrows as well, a form no group mark has, so it is never told by colour alone.
 */
export const ROUTE_TONES = {
  ink: '#111111',
  magenta: '#b0006e',
  violet: '#5523c4',
  teal: '#00665e',
} as const;
export type RouteTone = keyof typeof ROUTE_TONES;

/** Best first: ink suits most maps (group colours are mid-tones); the others for a map with a dark group. */
const PREFERENCE: readonly RouteTone[] = ['ink', 'magenta', 'violet', 'teal'];

type Lab = readonly [number, number, number];

function channel(hex: string): number {
  const value = Number.parseInt(hex, 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** A `#rgb` or `#rrggbb` colour in CIE L*a*b* (D65). */
export function toLab(colour: string): Lab {
  const hex = colour.length === 4 ? [...colour.slice(1)].map((digit) => digit + digit).join('') : colour.slice(1);
  const [r, g, b] = [0, 2, 4].map((at) => channel(hex.slice(at, at + 2))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** How far apart two colours look (CIE76 ΔE: about 2.3 is just noticeable; over 40, unmistakable). */
export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** Far enough from every group colour to be unmistakable (CIE76 ΔE). */
export const CLEAR_DISTANCE = 40;

/**
 * The route's tone for a map with these group colours (invalid ones ignored): the first in order of
 * preference that is clear of every one of them, else the one furthest from the nearest of them.
 */
export function routeTone(groupColours: readonly (string | undefined)[]): RouteTone {
  const colours = groupColours.flatMap((colour) => {
    const safe = safeColour(colour);
    return safe ? [safe] : [];
  });
  const nearest = (tone: RouteTone) => Math.min(...colours.map((colour) => colourDistance(ROUTE_TONES[tone], colour)));
  const clear = PREFERENCE.find((tone) => nearest(tone) >= CLEAR_DISTANCE);
  if (clear) return clear;
  return PREFERENCE.reduce((best, tone) => (nearest(tone) > nearest(best) ? tone : best));
}
