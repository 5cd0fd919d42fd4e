import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModalDialog } from '../../../src/components/modal-dialog';

describe('ModalDialog', () => {
  it('is named by its own title, even with another dialog open (one over another)', () => {
    render(
      <>
        <ModalDialog title="Import from CSV" onClose={() => {}}>
          <p>Sheets</p>
        </ModalDialog>
        <ModalDialog title="Keyboard shortcuts" onClose={() => {}}>
          <p>Keys</p>
        </ModalDialog>
      </>,
    );
    expect(screen.getByRole('dialog', { name: 'Import from CSV' })).toHaveTextContent('Sheets');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveTextContent('Keys');
  });
});
