import { useMemo } from 'react';
import { ExternalLink } from '../../../components/external-link';
import type { Occupation, PathwayMap } from '../../../domain/schema/map';
import { educationText, occupationBadges } from '../../../domain/labels';
import { levelLabel } from '../../../domain/levels';
import { ApprenticeshipSection } from './apprenticeship-section';
import { CredentialsSection } from './credentials-section';
import { DetailSection } from './detail-section';
import { HiringEventsSection } from './hiring-events-section';
import { LaborSection } from './labor-section';
import { MovesSection } from './moves-section';
import { onetSummaryUrl } from './onet-link';
import { OpeningsCompletionsSection } from './openings-completions-section';
import { DETAILS_HEADING_ID } from './show-details';
import { SourceCitation } from './source-citation';
import { TrainingSection } from './training-section';
import { WageSection } from './wage-section';

/** The texts of a list that say something. */
function filled(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * Everything the map says about one occupation, section by section; a section with nothing to say is
 * left out, except the wage, which says "Wage not known" as the card does.
 */
export function OccupationProfile({ map, occupation }: { map: PathwayMap; occupation: Occupation }) {
  const byId = useMemo(() => new Map(map.occupations.map((candidate) => [candidate.id, candidate])), [map.occupations]);
  const group = map.groups.find((candidate) => candidate.id === occupation.groupId);
  const facts = [
    levelLabel(map.levels, occupation.level),
    group?.label,
    occupation.socCode ? `SOC ${occupation.socCode}` : undefined,
  ].filter(Boolean);
  const badges = occupationBadges(occupation);
  // The flag's source, shown only with the flag: a source for a flag not shown says nothing.
  const flagSourceId = badges.some((badge) => badge.kind === 'high-growth') ? occupation.highGrowthSourceId : undefined;
  const education = educationText(occupation);
  const summary = occupation.summary?.trim();
  const experience = occupation.experience?.trim();
  const skills = filled(occupation.skills);
  const credentials = occupation.credentials ?? [];
  const training = occupation.training ?? [];
  const links = occupation.links ?? [];
  // The map may already link the same O*NET page; it is listed once.
  const onetUrl = [onetSummaryUrl(occupation.socCode)].find((url) => url && !links.some((link) => link.url === url));

  return (
    <article className="occupation-profile" aria-labelledby={DETAILS_HEADING_ID}>
      <header className="occupation-profile__header">
        {/* Focusable from script only: "Show details" takes keyboard focus here. */}
        <h2 id={DETAILS_HEADING_ID} tabIndex={-1}>
          {occupation.title}
        </h2>
        {facts.length > 0 && (
          <p className="detail-note detail-header-facts">
            {facts.map((fact, index) => (
              <span key={index}>{index > 0 ? ` · ${fact}` : fact}</span>
            ))}
          </p>
        )}
        {badges.length > 0 && (
          <ul className="detail-badges" aria-label="Highlights">
            {badges.map((badge) => (
              <li key={badge.kind}>{badge.label}</li>
            ))}
          </ul>
        )}
        {flagSourceId !== undefined && (
          <p className="detail-note detail-badges__source">
            Bright Outlook source: <SourceCitation map={map} sourceId={flagSourceId} />
          </p>
        )}
      </header>
      {summary && (
        <DetailSection title="Summary">
          <p className="detail-text">{summary}</p>
        </DetailSection>
      )}
      {/* Always shown: with no wage on file it says so, as the card does. */}
      <WageSection map={map} wage={occupation.wage} earlier={occupation.wageHistory} />
      {education && (
        <DetailSection title="Typical education">
          <p>{education}</p>
        </DetailSection>
      )}
      {experience && (
        <DetailSection title="Experience">
          <p className="detail-text">{experience}</p>
        </DetailSection>
      )}
      {credentials.length > 0 && <CredentialsSection map={map} credentials={credentials} />}
      {occupation.apprenticeship && <ApprenticeshipSection map={map} apprenticeship={occupation.apprenticeship} />}
      {training.length > 0 && <TrainingSection map={map} programs={training} />}
      {occupation.labor && <LaborSection map={map} labor={occupation.labor} />}
      <OpeningsCompletionsSection map={map} occupation={occupation} />
      <HiringEventsSection map={map} occupation={occupation} />
      {skills.length > 0 && (
        <DetailSection title="Skills">
          <ul className="detail-list detail-skills">
            {skills.map((skill, index) => (
              <li key={index}>{skill}</li>
            ))}
          </ul>
        </DetailSection>
      )}
      <MovesSection map={map} occupation={occupation} direction="into" byId={byId} />
      <MovesSection map={map} occupation={occupation} direction="out" byId={byId} />
      {(links.length > 0 || onetUrl) && (
        <DetailSection title="Links">
          <ul className="detail-list">
            {links.map((link, index) => (
              <li key={index}>
                <ExternalLink href={link.url}>{link.label}</ExternalLink>
              </li>
            ))}
            {onetUrl && (
              <li>
                <ExternalLink href={onetUrl}>{`O*NET OnLine summary for SOC ${occupation.socCode}`}</ExternalLink>
              </li>
            )}
          </ul>
        </DetailSection>
      )}
    </article>
  );
}
