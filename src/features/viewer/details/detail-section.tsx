import type { ReactNode } from 'react';

/** One part of the detail panel, under its own heading so a screen reader can jump between parts. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = `occupation-details-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}
