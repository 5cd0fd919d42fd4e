import { useLayoutEffect, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import './skip-links.css';

export type SkipLink = {
  label: string;
  /** The id the link points to (its href), for what a browser shows when hovering it. */
  targetId: string;
  /** Moves keyboard focus to where the link leads. */
  go: () => void;
};

/**
 * Links that skip the page's header and finders: the first things Tab reaches on the page (they are
 * placed at the start of the document, before the app's header), out of sight until focused. Each
 * moves focus itself (`go`) rather than following its fragment, which would change the address.
 */
export function SkipLinks({ links }: { links: readonly SkipLink[] }) {
  const host = useDocumentStart();
  return createPortal(
    <div className="skip-links">
      {links.map((link) => (
        <a
          key={link.targetId}
          className="skip-link"
          href={`#${link.targetId}`}
          onClick={(event: MouseEvent) => {
            event.preventDefault();
            link.go();
          }}
        >
          {link.label}
        </a>
      ))}
    </div>,
    host,
  );
}

/** An element first in <body>, for as long as the component is mounted. */
function useDocumentStart(): HTMLElement {
  const [host] = useState(() => {
    const element = document.createElement('div');
    // Named so print can leave it out: even empty, a block before the map's named page would print a blank page first.
    element.className = 'skip-links-host';
    return element;
  });
  useLayoutEffect(() => {
    document.body.prepend(host);
    return () => host.remove();
  }, [host]);
  return host;
}

/**
 * Focuses the first of `candidates` that can take focus (one not shown cannot); false when none could.
 * The page scrolls so that `shown` (by default the focused element) is in view: a card must not be
 * scrolled into view itself, which would shift the canvas's own box rather than the page.
 */
export function focusFirst(candidates: readonly (HTMLElement | null | undefined)[], shown?: HTMLElement | null): boolean {
  for (const element of candidates) {
    if (!element) continue;
    element.focus({ preventScroll: true });
    if (document.activeElement !== element) continue;
    const scrolled = shown ?? element;
    if (typeof scrolled.scrollIntoView === 'function') scrolled.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return true;
  }
  return false;
}
