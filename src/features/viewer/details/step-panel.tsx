import { ExternalLink } from '../../../components/external-link';
import { EDUCATION_LABELS } from '../../../domain/labels';
import { readOutRequirement, type ReadOutWords } from '../../../domain/requirements/read-out';
import type { PathwayMap, Step } from '../../../domain/schema/map';
import { stepKindLine } from '../../../domain/steps/step-words';
import { DetailSection } from './detail-section';
import { FactList } from './fact-list';
import { SourceCitations } from './source-citation';
import { DETAILS_HEADING_ID, showOccupationDetails } from './show-details';
import { stepFacts } from './step-facts';
import './details.css';

/** The requirement read-out's words for this map: any card's title, and education in the app's words. */
export function readOutWords(map: PathwayMap): ReadOutWords {
  const titles = new Map([...map.occupations, ...map.steps].map((card) => [card.id, card.title]));
  return { titleOf: (cardId) => titles.get(cardId), educationLabel: (level) => EDUCATION_LABELS[level] };
}

/** The cards a step's moves lead from or to, each a button that shows that card's details. */
function Neighbours({ map, step, direction }: { map: PathwayMap; step: Step; direction: 'into' | 'out' }) {
  const titles = new Map([...map.occupations, ...map.steps].map((card) => [card.id, card.title]));
  const ends = map.transitions
    .filter((move) => (direction === 'into' ? move.to : move.from) === step.id)
    .map((move) => (direction === 'into' ? move.from : move.to));
  if (ends.length === 0) return null;
  return (
    <DetailSection title={direction === 'into' ? 'Comes after' : 'Leads to'}>
      <ul className="detail-list">
        {ends.map((id) => (
          <li key={id}>
            <button type="button" className="detail-move__other" onClick={() => showOccupationDetails(id)}>
              {titles.get(id) ?? id}
            </button>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}

/** Everything the map says about one step card: its kind, its facts, what it takes to get in, its links. */
export function StepPanel({ map, step }: { map: PathwayMap; step: Step }) {
  const group = map.groups.find((candidate) => candidate.id === step.groupId);
  const level = map.levels.find((candidate) => candidate.id === step.level);
  const facts = [stepKindLine(step), level?.label, group?.label].filter(Boolean);
  const summary = step.summary?.trim();
  const url = step.kind === 'credential' || step.kind === 'program' ? step.url : undefined;
  const links = step.links ?? [];
  return (
    <article className="occupation-profile step-profile" aria-labelledby={DETAILS_HEADING_ID}>
      <header className="occupation-profile__header">
        {/* Focusable from script only: "Show details" takes keyboard focus here. */}
        <h2 id={DETAILS_HEADING_ID} tabIndex={-1}>
          {step.title}
        </h2>
        <p className="detail-note detail-header-facts">{facts.join(' · ')}</p>
      </header>
      {summary && (
        <DetailSection title="Summary">
          <p className="detail-text">{summary}</p>
        </DetailSection>
      )}
      <FactList facts={stepFacts(step)} />
      {step.toGetIn !== undefined && (
        <DetailSection title="To get in">
          <p className="detail-text">{readOutRequirement(step.toGetIn, readOutWords(map))}</p>
        </DetailSection>
      )}
      {step.sourceIds && step.sourceIds.length > 0 && (
        <DetailSection title="Sources">
          <SourceCitations map={map} sourceIds={step.sourceIds} />
        </DetailSection>
      )}
      <Neighbours map={map} step={step} direction="into" />
      <Neighbours map={map} step={step} direction="out" />
      {(url !== undefined || links.length > 0) && (
        <DetailSection title="Links">
          <ul className="detail-list">
            {url !== undefined && (
              <li>
                <ExternalLink href={url}>{`${step.title}: web page`}</ExternalLink>
              </li>
            )}
            {links.map((link, index) => (
              <li key={index}>
                <ExternalLink href={link.url}>{link.label}</ExternalLink>
              </li>
            ))}
          </ul>
        </DetailSection>
      )}
    </article>
  );
}
