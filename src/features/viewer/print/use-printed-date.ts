import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** Today's date as a printout shows it, brought up to date whenever a print starts. */
export function usePrintedDate(): string {
  const [date, setDate] = useState(() => DATE.format(new Date()));
  useEffect(() => {
    // Rendered at once: the page is laid out for paper right after beforeprint.
    const update = () => flushSync(() => setDate(DATE.format(new Date())));
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return date;
}
