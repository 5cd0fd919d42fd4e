import { describe, expect, it } from 'vitest';
import { mapToSvg } from '../../../src/io/map-svg';

const words = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text = '']) => text.replace(/&amp;/g, '&')).join(' ');

describe('mapToSvg: print-grade text', () => {
  it('wraps a long wage line onto several lines instead of cutting it, and draws badges, arrow key and footer', () => {
    const wage = '$95,000–$150,000 a year (median $120,000)';
    const svg = mapToSvg({
      title: 'IT careers',
      groups: [],
      cards: [{ id: 'a', x: 0, y: 0, width: 240, height: 110, title: 'Software Developer', lines: [wage], badges: ['Registered apprenticeship', 'High growth'] }],
      arrows: [],
      footer: ['IT careers · Massachusetts', 'Wages: 25th–75th percentile, OEWS May 2024'],
    });
    const text = words(svg);
    expect(text).toContain(wage);
    expect(text).not.toContain('…');
    expect(svg.match(/<text class="badge"/g)).toHaveLength(2);
    expect(text).toContain('Lateral move (dashed arrow)');
    expect(text).toContain('Wages: 25th–75th percentile, OEWS May 2024');
  });
});
