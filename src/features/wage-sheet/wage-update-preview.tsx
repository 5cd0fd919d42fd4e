import type { WageChange } from '../../domain/wage-sheet/plan-wage-update';
import { wageWithPlace } from '../../domain/wage-sheet/wage-with-place';
import { changeText } from './wage-change-text';

/** Every card, old wage → new: the cards a sheet updates first, then those it leaves unchanged, and why. */
export function WageUpdatePreview({ changes }: { changes: readonly WageChange[] }) {
  const ordered = [...changes.filter((change) => change.kind === 'update'), ...changes.filter((change) => change.kind !== 'update')];
  return (
    <table className="wage-sheet__preview">
      <caption>Wages before and after</caption>
      <thead>
        <tr>
          <th scope="col">Card</th>
          <th scope="col">Now</th>
          <th scope="col">After the update</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((change) => (
          <tr key={change.occupation.id} className={change.kind === 'update' ? 'wage-sheet__changed' : undefined}>
            <th scope="row">{change.occupation.title}</th>
            <td>{change.occupation.wage ? wageWithPlace(change.occupation.wage) : 'No wage'}</td>
            <td>{changeText(change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
