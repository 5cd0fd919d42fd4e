import { useCallback, useState } from 'react';
import { readStored, writeStored } from '../../io/web-storage';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from '../../layout/layout-options';

const STORAGE_KEY = 'pathway-studio:layout-options';
const DIRECTIONS: readonly string[] = ['RIGHT', 'DOWN'];
const SPACINGS: readonly string[] = ['compact', 'normal', 'roomy'];

/** Layout options as stored, each checked (storage can hold anything); defaults for what is not an option. */
export function layoutPreferencesFrom(saved: unknown): LayoutOptions {
  if (saved === null || typeof saved !== 'object') return DEFAULT_LAYOUT_OPTIONS;
  const { direction, spacing, keepPinned } = saved as Record<string, unknown>;
  return {
    direction: typeof direction === 'string' && DIRECTIONS.includes(direction) ? (direction as LayoutOptions['direction']) : DEFAULT_LAYOUT_OPTIONS.direction,
    spacing: typeof spacing === 'string' && SPACINGS.includes(spacing) ? (spacing as LayoutOptions['spacing']) : DEFAULT_LAYOUT_OPTIONS.spacing,
    keepPinned: typeof keepPinned === 'boolean' ? keepPinned : DEFAULT_LAYOUT_OPTIONS.keepPinned,
  };
}

/**
 * The editor's layout options (direction, spacing, keep cards placed by hand), remembered on this
 * device: an analyst who lays maps out top to bottom should not choose it again after every reload.
 */
export function useLayoutPreferences(): [LayoutOptions, (options: LayoutOptions) => void] {
  const [options, setOptions] = useState(() => layoutPreferencesFrom(readStored('local', STORAGE_KEY)));
  const change = useCallback((next: LayoutOptions) => {
    setOptions(next);
    writeStored('local', STORAGE_KEY, next);
  }, []);
  return [options, change];
}
