import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { Inspector, type InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { applyChange, StatefulInspector } from './stateful-inspector';

const cna = { kind: 'occupation', id: 'cna' } as const;
const retitled = (map: PathwayMap, id: string, title: string) => applyChange(map, { target: 'occupation', id, patch: { title }, field: 'test' });

describe('Inspector: drafts while typing', () => {
  it('keeps every character and the focus when the parent re-renders with each change', async () => {
    const onChange = vi.fn<(change: InspectorChange) => void>();
    const user = userEvent.setup({ delay: null });
    render(<StatefulInspector initial={sampleMap()} selection={cna} onChange={onChange} />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Certified Nursing Assistant (CNA) — evening shift');

    expect(title).toHaveValue('Certified Nursing Assistant (CNA) — evening shift');
    expect(title).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Occupation: Certified Nursing Assistant (CNA) — evening shift' })).toBeInTheDocument();
    // One change per keystroke, all under one key, so the store makes the burst one undo step.
    expect(onChange).toHaveBeenCalledTimes('Certified Nursing Assistant (CNA) — evening shift'.length);
    expect(new Set(onChange.mock.calls.map(([change]) => change.field))).toEqual(new Set(['occupation:cna:title']));
  });

  it('keeps the caret where the user types, in the middle of a value', async () => {
    const user = userEvent.setup({ delay: null });
    render(<StatefulInspector initial={sampleMap()} selection={cna} />);
    const title = screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
    await user.type(title, 'Certified ', { initialSelectionStart: 8, initialSelectionEnd: 8 });
    expect(title).toHaveValue('Nursing Certified Assistant');
    expect(title.selectionStart).toBe('Nursing Certified '.length);
    expect(title).toHaveFocus();
  });

  it('keeps a number as typed ("1." stays "1.") while its value is sent', async () => {
    const onChange = vi.fn<(change: InspectorChange) => void>();
    const user = userEvent.setup({ delay: null });
    render(<StatefulInspector initial={sampleMap()} selection={{ kind: 'transition', id: 'cna-to-lpn' }} onChange={onChange} />);
    const months = screen.getByRole('spinbutton', { name: 'Typical months' });
    await user.clear(months);
    await user.type(months, '1.');
    expect(months).toHaveValue('1.');
    await user.type(months, '5');
    expect(months).toHaveValue('1.5');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { typicalMonths: 1.5 } }));
    await user.tab();
    expect(months).toHaveValue('1.5');
  });

  it('shows an outside change (undo, redo) in a field that is not being edited', async () => {
    const onChange = vi.fn<(change: InspectorChange) => void>();
    const user = userEvent.setup();
    const map = sampleMap();
    const { rerender } = render(<Inspector map={map} selection={cna} onChange={onChange} />);
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Helps patients');
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveFocus();

    rerender(<Inspector map={retitled(map, 'cna', 'Nurse Aide')} selection={cna} onChange={onChange} />);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Nurse Aide');
    expect(screen.getByRole('heading', { name: 'Occupation: Nurse Aide' })).toBeInTheDocument();
  });

  it('replaces a draft when the value changes from outside, even while the field has focus', async () => {
    const user = userEvent.setup();
    const map = sampleMap();
    const onChange = vi.fn<(change: InspectorChange) => void>();
    const { rerender } = render(<Inspector map={map} selection={cna} onChange={onChange} />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' II');
    expect(title).toHaveValue('Nursing Assistant II');

    rerender(<Inspector map={retitled(map, 'cna', 'Nursing Aide')} selection={cna} onChange={onChange} />);
    expect(title).toHaveValue('Nursing Aide');
    expect(title).toHaveFocus();
  });

  it('keeps a refused value as the draft after leaving the field, until the value changes from outside', async () => {
    const user = userEvent.setup();
    const map = sampleMap();
    const onChange = vi.fn<(change: InspectorChange) => void>();
    const { rerender } = render(<Inspector map={map} selection={cna} onChange={onChange} />);
    const soc = screen.getByRole('textbox', { name: 'SOC code' });
    await user.type(soc, 'x');
    await user.tab();
    expect(soc).toHaveValue('31-1131.00x');
    expect(soc).toHaveAttribute('aria-invalid', 'true');

    const changed = applyChange(map, { target: 'occupation', id: 'cna', patch: { socCode: '31-1131.01' }, field: 'test' });
    rerender(<Inspector map={changed} selection={cna} onChange={onChange} />);
    expect(soc).toHaveValue('31-1131.01');
    expect(soc).not.toHaveAttribute('aria-invalid');
  });

  it("shows the new object's values when the selection changes", async () => {
    const user = userEvent.setup();
    const map = sampleMap();
    const onChange = vi.fn<(change: InspectorChange) => void>();
    const { rerender } = render(<Inspector map={map} selection={cna} onChange={onChange} />);
    await user.type(screen.getByRole('spinbutton', { name: 'Wage figure' }), '$');

    rerender(<Inspector map={map} selection={{ kind: 'occupation', id: 'lpn' }} onChange={onChange} />);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Licensed Practical Nurse');
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue('Gives basic nursing care.');
    expect(screen.getByRole('spinbutton', { name: 'Wage figure' })).toHaveValue('');
    expect(screen.getByRole('spinbutton', { name: 'Wage figure' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('combobox', { name: 'Level' })).toHaveValue('middle');
  });
});
