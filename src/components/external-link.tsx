import type { ReactNode } from 'react';
import { isSafeUrl } from '../domain/schema/url';

/**
 * A link out of the app. The URL is checked again where it is drawn (http, https or mailto only):
 * anything else is shown as plain text, never as a link.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
