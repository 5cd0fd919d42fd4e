import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Today's date, brought up to date just before the page is printed (a tab left open overnight prints the right day). */
export function usePrintDate(): Date {
  const [date, setDate] = useState(() => new Date());
  useEffect(() => {
    // The browser lays out the print right after 'beforeprint': render the new date synchronously.
    const update = () => flushSync(() => setDate(new Date()));
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return date;
}
