import { create } from 'zustand';
import type { ParseIssue } from '../domain/parse';

/** What the last import said, shown until dismissed: a failed import keeps its error detail. */
export type ImportReport =
  | { outcome: 'failed'; fileName: string; errors: ParseIssue[] }
  | { outcome: 'imported'; fileName: string; mapId: string; title: string; occupationCount: number; warnings: ParseIssue[] };

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
