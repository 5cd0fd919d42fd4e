import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GroupLegend } from '../../src/features/canvas/group-legend';
import { MoveKey } from '../../src/features/canvas/move-key';
import { WageScaleKey } from '../../src/features/canvas/wage-scale-key';

describe('GroupLegend', () => {
  it('lists each group with a swatch of its colour', () => {
    render(
      <GroupLegend
        groups={[
          { id: 'care', label: 'Direct care', color: '#2f6fb0' },
          { id: 'lab', label: 'Laboratory', color: '#7a5aa6' },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Groups' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Direct care', 'Laboratory']);
    expect(items[0]?.querySelector('.group-swatch')).toHaveStyle({ backgroundColor: '#2f6fb0' });
    expect(items[0]?.querySelector('.group-swatch')).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws a neutral swatch for a missing or invalid colour, and never applies it', () => {
    const { container } = render(
      <GroupLegend
        groups={[
          { id: 'a', label: 'No colour' },
          { id: 'b', label: 'Tampered', color: 'red; background-image: url(https://evil.example/x)' },
          { id: 'c', label: 'Named colour', color: 'red' },
        ]}
      />,
    );
    const swatches = container.querySelectorAll('.group-swatch');
    expect(swatches).toHaveLength(3);
    for (const swatch of swatches) {
      expect(swatch).toHaveClass('group-swatch--none');
      expect(swatch.getAttribute('style')).toBeNull();
    }
  });

  it('shows group labels as text, and nothing when there are no groups', () => {
    const { container, rerender } = render(<GroupLegend groups={[{ id: 'x', label: '<b>Bold</b> group' }]} />);
    expect(screen.getByText('<b>Bold</b> group')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    rerender(<GroupLegend groups={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('MoveKey', () => {
  it('shows the three arrow styles as the canvas draws them', () => {
    render(<MoveKey />);
    const items = within(screen.getByRole('list', { name: 'Arrow styles' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Advancement', 'Lateral move', 'Way in (entry)']);
    expect(items.map((item) => item.querySelector('line')?.getAttribute('class'))).toEqual([
      'move-key__line move-key__line--advancement',
      'move-key__line move-key__line--lateral',
      'move-key__line move-key__line--entry',
    ]);
  });
});

describe('WageScaleKey', () => {
  it('says what the bars measure, per unit, and nothing without wages', () => {
    const { container, rerender } = render(
      <WageScaleKey scales={{ year: { unit: 'year', top: 90000 }, hour: { unit: 'hour', top: 25 } }} />,
    );
    expect(container).toHaveTextContent(
      "Wage bars, same scale on every card: $0–$25 an hour; $0–$90,000 a year. The mark is the card's wage figure; the words under the bar say which statistic it is.",
    );
    rerender(<WageScaleKey scales={{}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
