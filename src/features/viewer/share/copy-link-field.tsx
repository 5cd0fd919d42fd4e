import { useId, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'refused';

/** The link in a read-only field, and "Copy link"; if the browser refuses, how to copy by hand. */
export function CopyLinkField({ link }: { link: string }) {
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  const copy = async () => {
    try {
      // Absent where the page is not a secure context; refused when the user or browser says no.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('refused');
      field.current?.focus();
      field.current?.select();
    }
  };

  return (
    <div className="share-link">
      <label htmlFor={fieldId}>Link to this map</label>
      <div className="share-link__row">
        <input
          ref={field}
          id={fieldId}
          className="share-link__field"
          type="text"
          readOnly
          value={link}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className="share-link__status" role="status">
        {state === 'copied' && 'Copied. Paste the link into an email or message.'}
        {state === 'refused' &&
          'This browser did not allow copying. The link is selected above: copy it by hand (Ctrl+C, or ⌘C on a Mac).'}
      </p>
    </div>
  );
}
