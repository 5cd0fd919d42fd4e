import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RequirementGroup } from '../../../src/domain/schema/requirement';
import { RequirementBuilder } from '../../../src/features/editor/inspector/requirement-builder/requirement-builder';

const CARDS = [
  { id: 'adn', title: 'Associate Degree in Nursing', kind: 'credential' },
  { id: 'rn', title: 'Registered Nurse', kind: 'occupation' },
];

/** The builder holding its tree as the inspector does (the value comes back from the map); every change is recorded. */
function Stateful({ start, changes }: { start?: RequirementGroup; changes: (value: RequirementGroup | undefined, field: string) => void }) {
  const [value, setValue] = useState<RequirementGroup | undefined>(start);
  return (
    <RequirementBuilder
      label="Requirements"
      value={value}
      cards={CARDS}
      onChange={(next, field) => {
        changes(next, field);
        setValue(next);
      }}
    />
  );
}

const readOut = () => screen.getByText(/^Reads:/).textContent;

describe('the requirement builder', () => {
  it('builds "any 1 of: ADN, BSN" by choosing and typing only, and reads it out', async () => {
    const changes = vi.fn();
    const user = userEvent.setup();
    render(<Stateful changes={changes} />);
    expect(readOut()).toBe('Reads: nothing required');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Requirements: all or any' }), 'Any N of');
    await user.click(screen.getByRole('button', { name: 'Add requirement' }));
    // The new requirement's first control has the focus, so typing can go on from the keyboard.
    expect(screen.getByRole('combobox', { name: 'Type of requirement 1' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Text of requirement 1' }), 'ADN');
    await user.click(screen.getByRole('button', { name: 'Add requirement' }));
    await user.type(screen.getByRole('textbox', { name: 'Text of requirement 2' }), 'BSN');

    expect(readOut()).toBe('Reads: any 1 of: ADN, BSN');
    expect(changes).toHaveBeenLastCalledWith(
      { type: 'any', of: [{ type: 'credential', text: 'ADN' }, { type: 'credential', text: 'BSN' }] },
      'of[1].text',
    );
    // Typing in one text sends the same key each time, so the store joins it into one undo step.
    const textKeys = changes.mock.calls.map(([, field]) => field).filter((field) => field === 'of[0].text');
    expect(textKeys).toHaveLength(3);
  });

  it('points a requirement at a card, counts experience in months, and nests a group', async () => {
    const user = userEvent.setup();
    render(<Stateful changes={() => {}} start={{ type: 'all', of: [{ type: 'credential' }] }} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Card on the map for requirement 1' }), 'Associate Degree in Nursing (credential)');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    await user.click(screen.getByRole('button', { name: 'Add requirement inside requirement 2' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of requirement 2.1' }), 'Experience');
    await user.type(screen.getByRole('textbox', { name: 'Text of requirement 2.1' }), 'Clinical work');
    await user.type(screen.getByRole('spinbutton', { name: 'Months of requirement 2.1' }), '12');
    expect(readOut()).toBe('Reads: Associate Degree in Nursing and any 1 of: Clinical work (12 months)');
  });

  it('warns plainly when a group can never be met', async () => {
    const user = userEvent.setup();
    const two: RequirementGroup = { type: 'any', of: [{ type: 'other', text: 'ADN' }, { type: 'other', text: 'BSN' }] };
    render(<Stateful changes={() => {}} start={two} />);
    expect(screen.queryByText(/can never be met/)).not.toBeInTheDocument();
    const count = screen.getByRole('spinbutton', { name: 'Requirements: how many needed' });
    await user.clear(count);
    await user.type(count, '3');
    expect(screen.getByText('Any 3 of only 2 requirements can never be met (the outer group). Add requirements or ask for fewer.')).toBeInTheDocument();
    await user.clear(count);
    await user.type(count, '0');
    expect(count).toHaveAccessibleDescription('Requirements: how many needed must be a whole number, 1 or more. Not saved until it is fixed.');
  });

  it('moves and removes requirements from the keyboard, keeping the focus on the moved one', async () => {
    const changes = vi.fn();
    const user = userEvent.setup();
    const three: RequirementGroup = { type: 'all', of: ['A', 'B', 'C'].map((text) => ({ type: 'other' as const, text })) };
    render(<Stateful changes={changes} start={three} />);
    screen.getByRole('button', { name: 'Move requirement 3 up' }).focus();
    await user.keyboard('{Enter}');
    expect(readOut()).toBe('Reads: A, C and B');
    expect(screen.getByRole('button', { name: 'Move requirement 2 up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(readOut()).toBe('Reads: C, A and B');
    // At the top "up" is disabled, so the focus goes to the same requirement's "down".
    expect(screen.getByRole('button', { name: 'Move requirement 1 down' })).toHaveFocus();
    expect(new Set(changes.mock.calls.map(([, field]) => field)).size).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Remove requirement 1' }));
    expect(readOut()).toBe('Reads: A and B');
    expect(screen.getByRole('button', { name: 'Add requirement' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove requirement 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove requirement 1' }));
    // With nothing left, the move asks for nothing: no empty group is kept.
    expect(changes).toHaveBeenLastCalledWith(undefined, expect.any(String));
    expect(readOut()).toBe('Reads: nothing required');
  });
});
