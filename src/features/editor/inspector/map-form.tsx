import type { HiringEventEdit } from '../../../domain/commands/hiring-events';
import type { LevelEdit } from '../../../domain/commands/levels';
import type { ReleaseEdit } from '../../../domain/commands/releases';
import type { SourceEdit } from '../../../domain/commands/sources';
import type { Group, PathwayMap as MapValue } from '../../../domain/schema/map';
import { PathwayMap } from '../../../domain/schema/map';
import { topField, type Emit } from './binders';
import { fieldKey } from './field-keys';
import { DraftField } from './fields';
import { GroupsList } from './groups-list';
import { HiringEventsEditor } from './hiring-events-editor';
import { LevelsEditor } from './levels-editor';
import { ReleasesEditor } from './releases-editor';
import { Section } from './section';
import { SourcesEditor } from './sources-editor';

type Props = {
  map: MapValue;
  emit: Emit;
  onGroups: (groups: Group[], field: string) => void;
  onLevels: (edit: LevelEdit, field: string) => void;
  onSources: (edit: SourceEdit, field: string) => void;
  onReleases: (edit: ReleaseEdit, field: string) => void;
  onHiringEvents: (edit: HiringEventEdit, field: string) => void;
};

/** The map's header fields, its levels, its groups, its sources, its releases and its log of hiring events. */
export function MapForm({ map, emit, onGroups, onLevels, onSources, onReleases, onHiringEvents }: Props) {
  const top = (key: keyof MapValue & string, label: string) => topField(PathwayMap.shape, map, key, label, emit, fieldKey('map', key));
  return (
    <>
      <Section title="About this map">
        <DraftField {...top('title', 'Title')} />
        <DraftField kind="textarea" {...top('description', 'Description')} />
        <DraftField {...top('region', 'Region')} hint='e.g. "Pioneer Valley, MA".' />
        <DraftField {...top('sector', 'Sector')} hint='e.g. "Healthcare and Social Assistance".' />
        <DraftField {...top('wageBasis', 'Wage basis')} hint='What the wage ranges mean, e.g. "25th–75th percentile, OEWS May 2024".' />
        <DraftField kind="date" {...top('reviewedAt', 'Reviewed on')} hint="Date of the last employer validation." />
      </Section>
      <Section title="Levels" summary={`(${map.levels.length})`}>
        <LevelsEditor map={map} onLevels={onLevels} />
      </Section>
      <Section title="Groups" summary={map.groups.length > 0 ? `(${map.groups.length})` : undefined}>
        <GroupsList map={map} onGroups={onGroups} />
      </Section>
      <Section title="Sources" summary={map.sources.length > 0 ? `(${map.sources.length})` : undefined}>
        <SourcesEditor map={map} onSources={onSources} />
      </Section>
      <Section title="Releases" summary={map.releases?.length ? `(${map.releases.length})` : undefined}>
        <ReleasesEditor map={map} onReleases={onReleases} />
      </Section>
      <Section title="Hiring events" summary={map.hiringEvents.length > 0 ? `(${map.hiringEvents.length})` : undefined}>
        <HiringEventsEditor map={map} onHiringEvents={onHiringEvents} />
      </Section>
    </>
  );
}
