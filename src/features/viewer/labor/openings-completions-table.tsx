import {
  completionsText,
  mapOpeningsVsCompletions,
  openingsText,
  shortfallTotal,
  shortfallTotalText,
  verdictText,
} from '../../../domain/labor/openings-vs-completions';
import type { PathwayMap } from '../../../domain/schema/map';

/**
 * The map's occupations with openings or completions, shortfalls first: each with its openings, its
 * programs' completions and the verdict, then a total where the figures add up. Nothing when no
 * occupation has either figure.
 */
export function OpeningsCompletionsTable({ map }: { map: PathwayMap }) {
  const rows = mapOpeningsVsCompletions(map);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="map-openings-heading">
      <h2 id="map-openings-heading" className="map-page__about-heading">
        Openings and completions
      </h2>
      <table className="openings-table">
        <thead>
          <tr>
            <th scope="col">Occupation</th>
            <th scope="col">Openings a year</th>
            <th scope="col">Program completions a year</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.occupationId}>
              <th scope="row">{row.title}</th>
              <td>{openingsText(row.openings)}</td>
              <td>{completionsText(row.completions)}</td>
              <td>
                {verdictText(row)}
                {row.caveats.length > 0 && <span className="openings-table__note"> (note: {row.caveats.join('; ')})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{shortfallTotalText(shortfallTotal(rows))}</p>
    </section>
  );
}
