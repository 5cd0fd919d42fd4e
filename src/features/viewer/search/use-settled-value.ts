import { useEffect, useState } from 'react';

/**
 * The value once it has stayed the same for `delayMs` (at once when the delay is 0). A large map's
 * search takes a noticeable moment; searching once the typing pauses keeps every keystroke quick.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delayMs <= 0) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs <= 0 ? value : settled;
}
