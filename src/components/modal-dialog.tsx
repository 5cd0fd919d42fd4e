import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A native modal <dialog>: focus is trapped and returned by the browser, Escape closes it.
 * `onClose` runs however it is closed.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  tone = 'normal',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  tone?: 'normal' | 'problem';
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    return () => element?.close?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={tone === 'problem' ? 'modal modal--problem' : 'modal'}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
