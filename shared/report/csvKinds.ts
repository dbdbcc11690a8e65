import { z } from 'zod';

/**
 * The CSV exports of a scenario, in the order the Reports page offers them. The exporters, the IPC
 * contract, the page's buttons and the CLI's `--csv` choices all read this list, so adding a kind
 * here is what makes it exist everywhere (and the compiler points at each place that must handle it).
 */
export const CSV_EXPORTS = ['schedule', 'coverageZip3', 'coverageState', 'metrics'] as const;
export const CsvExportKindSchema = z.enum(CSV_EXPORTS);
export type CsvExportKind = (typeof CSV_EXPORTS)[number];
