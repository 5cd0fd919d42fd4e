import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import type { SourcePatch } from '../../domain/commands/sources';
import type { WageSource, WageUpdate } from '../../domain/commands/update-wages';
import { parseCsvText } from '../../domain/csv/csv-text';
import { plural } from '../../domain/describe';
import type { PathwayMap } from '../../domain/schema/map';
import { isWebUrl } from '../../domain/schema/source';
import { defaultStatistic, planWageUpdate } from '../../domain/wage-sheet/plan-wage-update';
import { readWageSheet, yearFromFileName } from '../../domain/wage-sheet/read-wage-sheet';
import { statisticName, type WageStatistic } from '../../domain/wage-statistic';
import { readTextFile } from '../../io/read-text-file';
import { WageSourceChoice, type SourceDraft } from './wage-source-choice';
import { WageUpdatePreview } from './wage-update-preview';
import './wage-sheet.css';
import { localDay } from '../../domain/local-day';

type Picked = { status: 'empty' } | { status: 'reading'; fileName: string } | { status: 'read'; fileName: string; text: string } | { status: 'failed'; fileName: string; error: string };

const today = () => localDay();

function newSource(oews: boolean, year: string): SourcePatch & { label: string } {
  if (!oews) return { label: '', retrieved: today() };
  return { label: `BLS OEWS wages${year ? `, May ${year}` : ''}`, publisher: 'U.S. Bureau of Labor Statistics', url: 'https://www.bls.gov/oes/', retrieved: today() };
}

function sourceProblem(draft: SourceDraft): string | undefined {
  if (draft.mode === 'existing') return draft.id === '' ? 'Choose a source.' : undefined;
  if (!draft.fields.label.trim()) return 'The new source needs a title.';
  if (draft.fields.url && !isWebUrl(draft.fields.url)) return 'The web address must start with https:// or http://.';
  return undefined;
}

/**
 * "Update wages from a sheet": read a wage table (BLS OEWS download or our own columns), choose the
 * statistic, area and year, see every card's wage before and after, and pick the source the new
 * wages cite. Nothing changes until "Update … wages"; the caller applies it as one undo step.
 */
export function WageSheetDialog({ map, onClose, onApply }: { map: PathwayMap; onClose: () => void; onApply: (updates: WageUpdate[], source: WageSource) => void }) {
  const [picked, setPicked] = useState<Picked>({ status: 'empty' });
  const [statistic, setStatistic] = useState<WageStatistic | undefined>();
  const [area, setArea] = useState<string | undefined>();
  const [year, setYear] = useState('');
  const [source, setSource] = useState<SourceDraft | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  const read = useMemo(() => {
    if (picked.status !== 'read') return undefined;
    const table = parseCsvText(picked.text, 'occupations');
    return table.ok ? readWageSheet(table.table) : { ok: false as const, errors: [table.error] };
  }, [picked]);
  const sheet = read?.ok ? read.sheet : undefined;
  const oews = sheet?.layout === 'oews';
  const chosenStatistic = statistic !== undefined && sheet?.statistics.includes(statistic) ? statistic : sheet && defaultStatistic(sheet);
  const chosenArea = area !== undefined && sheet?.areas.includes(area) ? area : sheet?.areas[0];
  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
  const changes = useMemo(
    () => (sheet && chosenStatistic !== undefined && chosenArea !== undefined ? planWageUpdate(map.occupations, sheet, { statistic: chosenStatistic, area: chosenArea, year: yearNumber }) : []),
    [map.occupations, sheet, chosenStatistic, chosenArea, yearNumber],
  );
  const updates: WageUpdate[] = changes.flatMap((change) => (change.kind === 'update' ? [{ occupationId: change.occupation.id, wage: change.after }] : []));
  // A new source by default: a map's first source is not where an unknown sheet came from, and a click-through must not cite it.
  const sourceDraft: SourceDraft = source ?? { mode: 'new', fields: newSource(oews, year) };
  const yearProblem = oews && yearNumber === undefined ? 'Write the year of the figures (OEWS files have no year column), like 2024.' : undefined;
  const problem = sourceProblem(sourceDraft);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const request = ++latest.current;
    setPicked({ status: 'reading', fileName: file.name });
    const result = await readTextFile(file, 'a CSV file');
    if (request !== latest.current) return;
    setPicked(result.ok ? { status: 'read', fileName: file.name, text: result.text } : { status: 'failed', fileName: file.name, error: result.message });
    const fromName = yearFromFileName(file.name);
    setYear(fromName === undefined ? '' : String(fromName));
    setSource(undefined);
  };

  const apply = () => {
    if (updates.length === 0 || problem || yearProblem) return;
    onApply(updates, sourceDraft.mode === 'existing' ? { existingId: sourceDraft.id } : { add: sourceDraft.fields });
  };

  const errors = picked.status === 'failed' ? [picked.error] : read && !read.ok ? read.errors : [];
  return (
    <ModalDialog title="Update wages from a sheet" onClose={onClose}>
      <div className="wage-sheet">
        <p>
          Choose a wage table saved as CSV: a BLS OEWS download (columns OCC_CODE, AREA_TITLE, A_MEDIAN, A_MEAN…, saved from its Excel file as CSV), or
          a sheet with the columns socCode, area, year, statistic, amount and unit (hour or year; yearly when left out). Cards are matched by SOC code; you
          see every change before anything is updated, and one undo puts every wage back.
        </p>
        <div className="csv-picker">
          <button type="button" onClick={() => input.current?.click()}>
            Choose wage sheet…
          </button>
          <input ref={input} type="file" accept=".csv,text/csv" hidden aria-label="Wage sheet CSV file" onChange={(event) => void onFile(event)} />
          <span className="csv-picker__status" role="status" aria-busy={picked.status === 'reading'}>
            {picked.status === 'empty' ? 'No file chosen' : picked.fileName}
            {picked.status === 'reading' && ' (reading…)'}
          </span>
        </div>
        {errors.length > 0 && (
          <div className="csv-issues" role="alert">
            <p>This sheet can't be used, and nothing has been changed:</p>
            <ul className="issue-list">
              {errors.map((error, index) => (
                <li key={index}>{error}</li>
              ))}
            </ul>
          </div>
        )}
        {sheet && chosenStatistic !== undefined && chosenArea !== undefined && (
          <>
            <div className="wage-sheet__choices">
              <label>
                Statistic to take
                <select value={chosenStatistic} onChange={(event) => setStatistic(event.target.value as WageStatistic)}>
                  {sheet.statistics.map((option) => (
                    <option key={option} value={option}>
                      {statisticName(option)}
                    </option>
                  ))}
                </select>
              </label>
              {sheet.areas.length > 1 && (
                <label>
                  Area
                  <select value={chosenArea} onChange={(event) => setArea(event.target.value)}>
                    {sheet.areas.map((option) => (
                      <option key={option} value={option}>
                        {option || '(no area)'}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {oews && (
                <label>
                  Year of the figures
                  <input inputMode="numeric" value={year} maxLength={4} onChange={(event) => setYear(event.target.value)} aria-invalid={yearProblem !== undefined} />
                </label>
              )}
            </div>
            {yearProblem && <p className="field-problem">{yearProblem}</p>}
            <WageUpdatePreview changes={changes} />
            <WageSourceChoice sources={map.sources} value={sourceDraft} onChange={setSource} problem={problem} />
            <p role="status">
              {updates.length === 0 ? 'No card’s wage changes.' : `${plural(updates.length, 'card')} get a new wage; the wage each replaces is kept in its history.`}
            </p>
          </>
        )}
        <div className="toolbar">
          <button type="button" disabled={updates.length === 0 || problem !== undefined || yearProblem !== undefined} onClick={apply}>
            Update {plural(updates.length, 'wage')}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
