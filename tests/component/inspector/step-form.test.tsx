import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import type { InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { buildMap } from '../../support/build-map';
import { StatefulInspector } from './stateful-inspector';

const map = buildMap({
  schemaVersion: 2,
  levels: [
    { id: 'entry', label: 'Entry' },
    { id: 'licensed', label: 'Licensed' },
  ],
  steps: [
    { id: 'nclex-rn', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN', costUsd: 200 },
    { id: 'pn', kind: 'program', programType: 'training', title: 'PN program' },
    { id: 'hours', kind: 'experience', title: 'Clinical hours' },
    { id: 'review', kind: 'milestone', title: 'First review' },
  ],
});

function renderStep(id: string) {
  const onChange = vi.fn<(change: InspectorChange) => void>();
  let latest: PathwayMap = map;
  render(<StatefulInspector initial={map} selection={{ kind: 'step', id }} onChange={onChange} onMap={(next) => (latest = next)} />);
  return { onChange, user: userEvent.setup(), step: () => latest.steps.find((step) => step.id === id) };
}

describe('Inspector: step form', () => {
  it('heads the form with the kind and title, and sends a title edit keyed by the step and field', async () => {
    const { onChange, user, step } = renderStep('nclex-rn');
    expect(screen.getByRole('heading', { level: 2, name: 'Credential: NCLEX-RN' })).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    expect(title).toHaveAccessibleDescription("Title can't be empty. Not saved until it is fixed.");
    await user.type(title, 'NCLEX-RN exam');
    expect(onChange).toHaveBeenLastCalledWith({ target: 'step', id: 'nclex-rn', patch: { title: 'NCLEX-RN exam' }, field: 'step:nclex-rn:title' });
    expect(step()?.title).toBe('NCLEX-RN exam');
  });

  it("edits a credential's type, and clears its cost to unknown rather than zero", async () => {
    const { user, step } = renderStep('nclex-rn');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential type' }), 'Certification');
    expect(step()).toMatchObject({ credentialType: 'certification' });
    await user.clear(screen.getByRole('spinbutton', { name: 'Cost (US dollars)' }));
    expect(step()).not.toHaveProperty('costUsd');
  });

  it("edits a program's length and format, and refuses a length that is not a number", async () => {
    const { user, step } = renderStep('pn');
    const length = screen.getByRole('spinbutton', { name: 'Length (months)' });
    await user.type(length, '12');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'Hybrid');
    expect(step()).toMatchObject({ lengthMonths: 12, format: 'hybrid' });
    await user.type(length, 'x');
    expect(length).toHaveAttribute('aria-invalid', 'true');
    expect(step()).toMatchObject({ lengthMonths: 12 });
  });

  it('offers the map’s own levels, and the fields of each kind only', async () => {
    const { user, step } = renderStep('hours');
    const level = screen.getByRole('combobox', { name: 'Level' });
    expect(within(level).getAllByRole('option').map((option) => option.textContent)).toEqual(['Not set', 'Entry', 'Licensed']);
    await user.selectOptions(level, 'Licensed');
    await user.type(screen.getByRole('spinbutton', { name: 'Hours' }), '2000');
    expect(step()).toMatchObject({ level: 'licensed', hours: 2000 });
    expect(screen.queryByRole('combobox', { name: 'Credential type' })).toBeNull();
  });

  it('gives a milestone only what every step has', () => {
    renderStep('review');
    expect(screen.getByRole('heading', { level: 2, name: 'Milestone: First review' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Details' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Summary' })).toBeInTheDocument();
  });
});
