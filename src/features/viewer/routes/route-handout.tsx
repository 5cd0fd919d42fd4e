import { cardTitles } from '../../../domain/cards';
import { moveRequirements } from '../details/move-words';
import { requirementItems } from '../../../domain/requirements/walk';
import { SourceEntry } from '../sources/source-entry';
import { wageText } from '../../../domain/wage-words';
import type { Route } from '../../../domain/graph/route';
import type { Occupation, PathwayMap, Source } from '../../../domain/schema/map';
import { usePrintedDate } from '../print/use-printed-date';
import { apprenticeshipText, costText, gainText, monthsText, startFiguresText, startPathText, stepsText, stepTotalCostText, stepTotalMonthsText } from './route-words';
import { RouteJobFacts } from './route-job-facts';
import { WageChart } from './wage-chart';

/** "$57,110 a year (mean), 2019, Springfield, MA metro": the figure, its statistic, year and area. */
function payText(occupation: Occupation): string {
  const wage = occupation.wage;
  if (!wage) return 'Wage not known';
  const about = [wage.year, wage.area].filter((part) => part !== undefined && part !== '').join(', ');
  return about ? `${wageText(wage)}, ${about}` : wageText(wage);
}

/**
 * " · Source 2" after a wage: the number of its entry in the handout's numbered Sources, so the page
 * says where each figure came from and still fits on one sheet (a title in every row did not).
 */
function WageSourceMark({ sources, occupation }: { sources: readonly Source[]; occupation: Occupation }) {
  const id = occupation.wage?.sourceId;
  if (id === undefined) return null;
  const number = sources.findIndex((source) => source.id === id) + 1;
  // A citation naming no source on the map is still shown as written.
  return <span className="route-handout__source"> · Source {number > 0 ? number : `“${id}”`}</span>;
}

/**
 * The map's sources behind what this route shows, in the map's order: the jobs' wages, labor
 * figures and Bright Outlook flags, the moves, their requirements and the step cards those requirements name.
 */
export function routeSources(map: PathwayMap, route: Route): Source[] {
  const used = new Set<string | undefined>(
    // The Bright Outlook flag's source only when the flag is set: the handout prints the flag then.
    route.occupations.flatMap((occupation) => [occupation.wage?.sourceId, occupation.labor?.sourceId, occupation.highGrowth === true ? occupation.highGrowthSourceId : undefined]),
  );
  const steps = new Map(map.steps.map((step) => [step.id, step]));
  for (const { transition } of route.steps) {
    transition.sourceIds?.forEach((id) => used.add(id));
    for (const { item } of requirementItems(transition.requirements)) {
      item.sourceIds?.forEach((id) => used.add(id));
      if (item.cardId !== undefined) steps.get(item.cardId)?.sourceIds?.forEach((id) => used.add(id));
    }
  }
  return map.sources.filter((source) => used.has(source.id));
}

/**
 * The one-page handout for a chosen route: hidden on screen, the only thing printed when the route
 * finder prints (html[data-print='route'], routes.css). Steps, what each takes, pay at each job,
 * totals, the wage chart, the sources of the figures and the date it was printed. All text.
 */
export function RouteHandout({ map, route, fromLabel }: { map: PathwayMap; route: Route; fromLabel: string }) {
  const printed = usePrintedDate();
  const goal = route.occupations[route.occupations.length - 1];
  const sources = routeSources(map, route);
  const titles = cardTitles(map);
  return (
    <article className="route-handout" aria-label="Route handout for printing">
      <header>
        <p className="route-handout__map">
          {map.title}
          {map.region ? ` · ${map.region}` : ''}
        </p>
        <h2>
          Career route: {fromLabel} to {goal?.title}
        </h2>
      </header>
      <dl className="route-handout__totals">
        <div><dt>Steps</dt><dd>{stepsText(route.stepCount)}</dd></div>
        <div><dt>Time</dt><dd>{monthsText(route.totalMonths)}</dd></div>
        <div><dt>Cost</dt><dd>{costText(route.totalCostUsd)}</dd></div>
        <div><dt>Wage gain</dt><dd>{gainText(route.wageGain)}</dd></div>
        <div><dt>Earn while you learn</dt><dd>{apprenticeshipText(route.apprenticeshipSteps)}</dd></div>
      </dl>
      <table className="route-handout__steps">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Job</th>
            <th scope="col">Pay</th>
            <th scope="col">What it takes to get there</th>
          </tr>
        </thead>
        <tbody>
          {route.occupations.map((occupation, index) => {
            const step = index === 0 ? undefined : route.steps[index - 1];
            return (
              <tr key={occupation.id}>
                <td>{index + 1}</td>
                <th scope="row">{occupation.title}</th>
                <td>
                  {payText(occupation)}
                  <WageSourceMark sources={sources} occupation={occupation} />
                </td>
                <td>
                  {step ? (
                    <>
                      {moveRequirements(step.transition, (id) => titles.get(id)).length > 0 ? (
                        <ul>
                          {moveRequirements(step.transition, (id) => titles.get(id)).map((requirement, position) => (
                            <li key={position}>{requirement}</li>
                          ))}
                        </ul>
                      ) : (
                        <p>No requirements listed.</p>
                      )}
                      <p>
                        {stepTotalMonthsText(step.months)} · {stepTotalCostText(step.costUsd)}
                        {step.transition.viaApprenticeship === true && ' · Apprenticeship: earn while you learn'}
                      </p>
                    </>
                  ) : route.start ? (
                    <>
                      <p>Where you start: {startPathText(route)}</p>
                      <p>{startFiguresText(route.start)}</p>
                    </>
                  ) : (
                    'Where you start'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <RouteJobFacts map={map} occupations={route.occupations} />
      <WageChart occupations={route.occupations} />
      <footer className="route-handout__sources">
        <h3>Sources</h3>
        {map.wageBasis && <p>Wages: {map.wageBasis}</p>}
        {sources.length > 0 ? (
          <ol>
            {sources.map((source) => (
              <li key={source.id}>
                <SourceEntry source={source} />
              </li>
            ))}
          </ol>
        ) : (
          <p>The map names no source for the figures on this route.</p>
        )}
        <p className="route-handout__printed">
          Printed {printed} from Pathway Studio.
          {map.updatedAt ? ` Map last updated ${map.updatedAt.slice(0, 10)}.` : ''}
          {map.reviewedAt ? ` Reviewed with employers ${map.reviewedAt.slice(0, 10)}.` : ''}
        </p>
      </footer>
    </article>
  );
}
