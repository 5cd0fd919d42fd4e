import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SaveStatusText } from '../../../src/components/save-status-text';
import { SaveFailedBanner } from '../../../src/components/save-failed-banner';
import { useAppStore } from '../../../src/store/app-store';
import { buildMap } from '../../support/build-map';

const initialState = useAppStore.getState();
beforeEach(() => useAppStore.setState(initialState, true));

const map = buildMap({ id: 'care', title: 'Care' });
const failSave = () => act(() => useAppStore.getState().setSaveStatus('care', { kind: 'failed', message: 'storage is full' }));

describe('save status', () => {
  it('on its own (the library card), says why a save failed', () => {
    render(<SaveStatusText mapId="care" />);
    failSave();
    expect(screen.getByRole('status')).toHaveTextContent('Not saved: storage is full');
  });

  it('beside the banner (editor, session), says the reason once: the banner says why, the status says "Not saved"', () => {
    render(
      <>
        <SaveStatusText mapId="care" reasonInBanner />
        <SaveFailedBanner map={map} />
      </>,
    );
    failSave();
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: storage is full');
    expect(screen.getByRole('status')).toHaveTextContent(/^Not saved$/);
    expect(screen.getAllByText(/storage is full/)).toHaveLength(1);
  });
});
