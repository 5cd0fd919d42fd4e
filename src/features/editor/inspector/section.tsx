import type { ReactNode } from 'react';

/** A collapsible part of a form; open at first so every field can be found. */
export function Section({ title, summary, children }: { title: string; summary?: string; children: ReactNode }) {
  return (
    <details className="inspector-section" open>
      <summary>
        {title}
        {summary && <span className="inspector-section__count"> {summary}</span>}
      </summary>
      <div role="group" aria-label={title} className="inspector-section__body">
        {children}
      </div>
    </details>
  );
}
