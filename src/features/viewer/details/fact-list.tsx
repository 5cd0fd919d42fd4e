import type { ReactNode } from 'react';

/** A label and what it says; an entry without a value is left out. */
export type Fact = readonly [label: string, value: ReactNode | undefined];

/** Facts as a description list, leaving out the ones that are not known. Nothing at all when none are. */
export function FactList({ facts, className }: { facts: readonly Fact[]; className?: string }) {
  const known = facts.filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (known.length === 0) return null;
  return (
    <dl className={['detail-facts', className].filter(Boolean).join(' ')}>
      {known.map(([label, value]) => (
        <div key={label} className="detail-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
