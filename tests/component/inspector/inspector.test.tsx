import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Inspector, type InspectorSelection } from '../../../src/features/editor/inspector/inspector';
import { buildMap } from '../../support/build-map';
import { sampleMap } from './sample';

const noChange = () => {};

describe('Inspector', () => {
  it('is a side panel whose heading names what is inspected', () => {
    const { rerender } = render(<Inspector map={sampleMap()} selection={{ kind: 'occupation', id: 'cna' }} onChange={noChange} />);
    const panel = screen.getByRole('complementary', { name: 'Inspector' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Occupation: Nursing Assistant');

    rerender(<Inspector map={sampleMap()} selection={{ kind: 'map' }} onChange={noChange} />);
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(/^Map$/);
  });

  it('offers Delete for a multiple selection and hands the selection back', async () => {
    const onDelete = vi.fn<(selection: InspectorSelection) => void>();
    const many = { kind: 'many', occupationIds: ['cna', 'lpn'], transitionIds: ['cna-to-lpn'] } as const;
    render(<Inspector map={sampleMap()} selection={many} onChange={noChange} onDelete={onDelete} />);
    expect(screen.getByRole('heading', { name: '2 occupations and 1 move selected' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith(many);
  });

  it('offers Delete for one occupation or move only when the editor can delete', async () => {
    const onDelete = vi.fn<(selection: InspectorSelection) => void>();
    const { rerender } = render(<Inspector map={sampleMap()} selection={{ kind: 'transition', id: 'cna-to-lpn' }} onChange={noChange} />);
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
    rerender(<Inspector map={sampleMap()} selection={{ kind: 'transition', id: 'cna-to-lpn' }} onChange={noChange} onDelete={onDelete} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete move' }));
    expect(onDelete).toHaveBeenCalledWith({ kind: 'transition', id: 'cna-to-lpn' });
  });

  it('says so when the selected occupation is no longer on the map', () => {
    render(<Inspector map={sampleMap()} selection={{ kind: 'occupation', id: 'gone' }} onChange={noChange} />);
    expect(screen.getByRole('heading', { name: 'Nothing to inspect' })).toBeInTheDocument();
    expect(screen.getByText('The selected occupation is no longer on the map.')).toBeInTheDocument();
  });

  it('shows HTML in map text as text', () => {
    const map = buildMap({
      groups: [{ id: 'g', label: '<b>Lane</b>' }],
      occupations: [{ id: 'x', title: '<img src=x onerror=alert(1)>', groupId: 'g', summary: '<script>alert(1)</script>' }],
    });
    const { container } = render(<Inspector map={map} selection={{ kind: 'occupation', id: 'x' }} onChange={noChange} />);
    expect(screen.getByRole('heading', { name: 'Occupation: <img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue('<script>alert(1)</script>');
    expect(screen.getByRole('option', { name: '<b>Lane</b>' })).toBeInTheDocument();
    expect(container.querySelector('img, script, b')).toBeNull();
  });

  it.each<[string, InspectorSelection]>([
    ['occupation', { kind: 'occupation', id: 'cna' }],
    ['transition', { kind: 'transition', id: 'cna-to-lpn' }],
    ['map', { kind: 'map' }],
  ])('gives every control of the %s form an accessible name', (_, selection) => {
    const map = buildMap({
      groups: [{ id: 'g', label: 'Lane' }],
      occupations: [
        {
          id: 'cna',
          title: 'CNA',
          credentials: [{ name: 'CNA', kind: 'certification' }],
          training: [{ name: 'CNA course' }],
          apprenticeship: { registered: true, programs: [{ name: 'CNA apprenticeship' }] },
          links: [{ label: 'O*NET', url: 'https://www.onetonline.org/' }],
        },
        { id: 'lpn', title: 'LPN' },
      ],
      transitions: [{ id: 'cna-to-lpn', from: 'cna', to: 'lpn' }],
    });
    const { container } = render(<Inspector map={map} selection={selection} onChange={noChange} />);
    const controls = container.querySelectorAll('input, select, textarea, button');
    expect(controls.length).toBeGreaterThan(3);
    for (const control of controls) expect(control).toHaveAccessibleName();
  });
});
