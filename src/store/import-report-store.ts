import { create } from 'zustand';
import type { ParseIssue } from '../domain/parse';

/** What the last import said, shown until dismissed: a failed import keeps its error detail. */
export type ImportReport =
  | { outcome: 'failed'; fileName: string; errors: ParseIssue[] }
  | { outcome: 'imported'; fileName: string; mapId: string; title: string; occupationCount: number; warnings: ParseIssue[]; ctdl?: CtdlImportSummary };

/**
 * What a CTDL import recognised, what it kept without a place on the map (written back on export),
 * and the whole report as text to download. `updated`: the library's map of that pathway was updated.
 */
export type CtdlImportSummary = {
  recognised: readonly string[];
  notKept: readonly { where: string; what: string }[];
  reportText: string;
  updated: boolean;
};

type ImportReportState = {
  report: ImportReport | undefined;
  show: (report: ImportReport) => void;
  dismiss: () => void;
};

export const useImportReportStore = create<ImportReportState>()((set) => ({
  report: undefined,
  show: (report) => set({ report }),
  dismiss: () => set({ report: undefined }),
}));
