import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/features/viewer/filters/filter-bar';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';
import { pluralMistakes } from '../../support/plural-mistakes';
import { openTestMap } from './viewer-test-map';

beforeEach(openTestMap);

// Trades as the construction sample has them: apprenticeships listed, education and wages often not on file.
const trades = buildMap({
  occupations: [
    { id: 'electrician', title: 'Electrician', apprenticeship: { registered: true }, wage: { amount: 56650, unit: 'year' } },
    { id: 'plumber', title: 'Plumber', apprenticeship: { registered: true } },
    { id: 'hvac', title: 'HVAC', education: 'postsecondary-nondegree', apprenticeship: { registered: true }, wage: { amount: 57300, unit: 'year' } },
    { id: 'roofer', title: 'Roofer', wage: { amount: 42080, unit: 'year' } },
  ],
});

const include = () => screen.getByRole('button', { name: 'Include cards with no figure on file' });

describe('FilterBar: unknown is not "no"', () => {
  it('names what is not on file for each filter, with the right plurals', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={trades} />);
    expect(screen.queryByRole('button', { name: 'Include cards with no figure on file' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Apprenticeable' }));
    await user.click(screen.getByRole('button', { name: 'No degree needed' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^1 of 4 occupations matches; 2 have no education on file \(shown, marked not known\)$/);

    await user.type(screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' }), '20');
    const line = screen.getByRole('status').textContent ?? '';
    expect(line).toBe('1 of 4 occupations matches; 2 have no education on file, 1 has no wage on file (shown, marked not known)');
    expect(pluralMistakes(line)).toEqual([]);
  });

  it('shows cards with no figure on file by default; the toggle leaves them out and brings them back', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={trades} />);
    await user.click(screen.getByRole('button', { name: 'No degree needed' }));
    expect(include()).toHaveAttribute('aria-pressed', 'true');

    await user.click(include());
    expect(include()).toHaveAttribute('aria-pressed', 'false');
    expect(useViewerStore.getState().includeNotKnown).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent(/^1 of 4 occupations matches; 3 have no education on file \(left out\)$/);

    await user.click(include());
    expect(screen.getByRole('status')).toHaveTextContent(/\(shown, marked not known\)$/);
  });

  it('says nothing of unknowns when every card can be judged', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={trades} />);
    await user.click(screen.getByRole('button', { name: 'Apprenticeable' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^3 of 4 occupations match$/);
  });
});
