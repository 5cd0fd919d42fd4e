import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutPreferencesFrom, useLayoutPreferences } from '../../../src/features/editor/layout-preferences';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../src/layout/layout-options';

afterEach(() => localStorage.clear());

describe('layout preferences', () => {
  it('are remembered: a new editor (after a reload) starts with the options chosen last', () => {
    const first = renderHook(() => useLayoutPreferences());
    act(() => first.result.current[1]({ direction: 'DOWN', spacing: 'roomy', keepPinned: true }));
    first.unmount();
    const second = renderHook(() => useLayoutPreferences());
    expect(second.result.current[0]).toEqual({ direction: 'DOWN', spacing: 'roomy', keepPinned: true });
  });

  it('fall back to the defaults, option by option, when what is stored is not an option', () => {
    localStorage.setItem('pathway-studio:layout-options', 'not json');
    expect(renderHook(() => useLayoutPreferences()).result.current[0]).toEqual(DEFAULT_LAYOUT_OPTIONS);
    expect(layoutPreferencesFrom({ direction: 'UP', spacing: 'roomy', keepPinned: 'yes' })).toEqual({
      ...DEFAULT_LAYOUT_OPTIONS,
      spacing: 'roomy',
    });
  });
});
