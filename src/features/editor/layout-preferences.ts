import { useCallback, useState } from 'react';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from '../../layout/layout-options';

const STORAGE_KEY = 'pathway-studio:layout-options';
const DIRECTIONS: readonly string[] = ['RIGHT', 'DOWN'];
const SPACINGS: readonly string[] = ['compact', 'normal', 'roomy'];

/** The layout options saved on this device, each checked (storage can hold anything); defaults otherwise. */
export function readLayoutPreferences(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): LayoutOptions {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    if (saved === null || typeof saved !== 'object') return DEFAULT_LAYOUT_OPTIONS;
    const { direction, spacing, keepPinned } = saved as Record<string, unknown>;
    return {
      direction: typeof direction === 'string' && DIRECTIONS.includes(direction) ? (direction as LayoutOptions['direction']) : DEFAULT_LAYOUT_OPTIONS.direction,
      spacing: typeof spacing === 'string' && SPACINGS.includes(spacing) ? (spacing as LayoutOptions['spacing']) : DEFAULT_LAYOUT_OPTIONS.spacing,
      keepPinned: typeof keepPinned === 'boolean' ? keepPinned : DEFAULT_LAYOUT_OPTIONS.keepPinned,
    };
  } catch {
    return DEFAULT_LAYOUT_OPTIONS;
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked by the browser's settings
  }
}

/**
 * The editor's layout options (direction, spacing, keep cards placed by hand), remembered on this
 * device: an analyst who lays maps out top to bottom should not choose it again after every reload.
 */
export function useLayoutPreferences(): [LayoutOptions, (options: LayoutOptions) => void] {
  const [options, setOptions] = useState(() => readLayoutPreferences());
  const change = useCallback((next: LayoutOptions) => {
    setOptions(next);
    try {
      safeStorage()?.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Full or blocked storage: the choice still holds until the page is closed.
    }
  }, []);
  return [options, change];
}
