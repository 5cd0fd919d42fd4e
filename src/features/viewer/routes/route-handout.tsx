import { cardTitles } from '../../../domain/cards';
import { moveRequirements } from '../details/move-words';
import { MOVE_KEY_LABELS } from '../../../domain/labels';
import { SourceEntry } from '../sources/source-entry';
import { payText } from '../../../domain/pay-words';
import type { Route, RouteStep } from '../../../domain/graph/route';
import type { Occupation, PathwayMap, Source } from '../../../domain/schema/map';
import { usePrintedDate } from '../print/use-printed-date';
import { costText, gainText, monthsText, routeApprenticeshipText, startFiguresText, startPathText, stepsText } from './route-words';
import { HandoutWriteIn } from './handout-write-in';
import { routeSources, sourceMarkText } from './handout-sources';
import { apprenticeshipNote, stepFiguresText, stepViaText } from './route-step-notes';
import { RouteJobFacts } from './route-job-facts';
import { WageChart } from './wage-chart';
import './route-handout.css';

/** "$57,110 a year (mean), 2019, Springfield, MA metro": the figure, its statistic, year and area. */
function jobPayText(occupation: Occupation): string {
  const wage = occupation.wage;
  if (!wage) return 'Wage not known';
  const about = [wage.year, wage.area].filter((part) => part !== undefined && part !== '').join(', ');
  // Both units, as the card and details say it ("…, about $20.00 an hour"), then for where and when.
  return about ? `${payText(wage)}; ${about}` : payText(wage);
}

/** " · Source 2" after a figure or a move: the numbers of its entries in the handout's Sources. */
function SourceMark({ sources, ids }: { sources: readonly Source[]; ids: readonly string[] | undefined }) {
  const mark = sourceMarkText(sources, ids);
  return mark === undefined ? null : <span className="route-handout__source"> · {mark}</span>;
}

/**
 * What it takes to get to one job, as the route's step on screen says it (route-steps.tsx, with the
 * same words: route-step-notes.ts): what the move takes, the cards passed, time and cost, the
 * apprenticeship and its starting pay, the move's notes (where a map says a move is not from a sourced
 * pathway) and which sources it cites, or that it cites none.
 */
function StepCell({ step, sources, titleOf }: { step: RouteStep; sources: readonly Source[]; titleOf: (id: string) => string | undefined }) {
  const requirements = moveRequirements(step.transition, titleOf);
  const via = stepViaText(step);
  const apprenticeship = apprenticeshipNote(step.to, step.transition.viaApprenticeship === true);
  const notes = step.transition.notes?.trim();
  const moveSources = sourceMarkText(sources, step.transition.sourceIds);
  return (
    <>
      {requirements.length > 0 ? (
        <ul>
          {requirements.map((requirement, position) => (
            <li key={position}>{requirement}</li>
          ))}
        </ul>
      ) : (
        <p>The map lists no requirements for this move.</p>
      )}
      {via !== undefined && <p>{via}</p>}
      <p>{stepFiguresText(step)}</p>
      {apprenticeship !== undefined && (
        <p>
          {apprenticeship}
          <SourceMark sources={sources} ids={step.to.apprenticeship?.sourceIds} />
        </p>
      )}
      {notes && <p className="route-handout__notes">{notes}</p>}
      <p className="route-handout__move-source">{moveSources === undefined ? 'The map names no source for this move.' : `Move: ${moveSources}`}</p>
    </>
  );
}

/**
 * The handout for a chosen route: hidden on screen, the only thing printed when the route finder
 * prints (html[data-print='route'], routes.css). Everything the screen says of the route (steps, what
 * each takes, its caveats and apprenticeships, pay at each job, totals, the wage chart), the sources
 * of the figures and the date it was printed (on one page for a short route), then ruled space for
 * notes and next steps. All text.
 */
export function RouteHandout({ map, route, fromLabel }: { map: PathwayMap; route: Route; fromLabel: string }) {
  const printed = usePrintedDate();
  const goal = route.occupations[route.occupations.length - 1];
  const sources = routeSources(map, route);
  const titles = cardTitles(map);
  const titleOf = (id: string) => titles.get(id);
  return (
    <article className="route-handout" aria-label="Route handout for printing">
      <header>
        <p className="route-handout__map">
          {map.title}
          {map.region ? ` · ${map.region}` : ''}
        </p>
        <h1>
          Career route: {fromLabel} to {goal?.title}
        </h1>
      </header>
      <dl className="route-handout__totals">
        <div><dt>Steps</dt><dd>{stepsText(route.stepCount)}</dd></div>
        <div><dt>Time</dt><dd>{monthsText(route.totalMonths)}</dd></div>
        <div><dt>Cost</dt><dd>{costText(route.totalCostUsd)}</dd></div>
        <div><dt>Wage gain</dt><dd>{gainText(route.wageGain)}</dd></div>
        <div><dt>Earn while you learn</dt><dd>{routeApprenticeshipText(route)}</dd></div>
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
                <th scope="row">
                  {occupation.title}
                  {step && <span className="route-handout__kind"> · {MOVE_KEY_LABELS[step.transition.kind ?? 'advancement']}</span>}
                </th>
                <td>
                  {jobPayText(occupation)}
                  <SourceMark sources={sources} ids={occupation.wage?.sourceId === undefined ? undefined : [occupation.wage.sourceId]} />
                </td>
                <td>
                  {step ? (
                    <StepCell step={step} sources={sources} titleOf={titleOf} />
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
        <h2>Sources</h2>
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
      <HandoutWriteIn route={`Career route: ${fromLabel} to ${goal?.title ?? ''}`} />
    </article>
  );
}
