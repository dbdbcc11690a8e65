/**
 * The one wrapper around a file import in the main process (the framework's other half; the parsers
 * are in shared/imports/): read the file with a size cap, decode strict UTF-8, parse in full, and
 * only then commit — one save, or an AppError that lists every problem in the one error shape and a
 * database exactly as it was.
 *
 * Whole-file formats (transit, destination weights, label costs) go through `runFileImport`. The
 * streamed ones (order reports, USPS standards, returns reports) read in chunks with progress and
 * cancel (taskRegistry.ts) into their reader, then hand their refusal to `refusalError`: every reader
 * reports in the one error shape, so the user sees the same thing from every import.
 */
import path from 'node:path';
import { AppError, type FieldError } from '../../../shared/ipc/result';
import type { MessageKey } from '../../../shared/i18n/catalogue';
import { formatImportError, type ImportError, type ImportRefusal } from '../../../shared/imports/framework';
import { readFileBounded } from './boundedRead';

/** What a reader can say about the file before its content is looked at. */
export type FileReadProblem =
  | { problem: 'isDirectory' }
  | { problem: 'cannotRead'; code: string }
  | { problem: 'notText' }
  | { problem: 'tooLarge'; limit: number; size?: number | null };

/**
 * The AppError for a file that could not be read at all.
 * @example readProblemError('a.csv', { problem: 'notText' }).message // 'a.csv is not UTF-8 text.'
 */
export function readProblemError(name: string, p: FileReadProblem): AppError {
  switch (p.problem) {
    case 'isDirectory':
      return new AppError('invalid', `${name} is not a file.`, {
        key: 'reports.import.notAFile',
        params: { file: name },
      });
    case 'notText':
      return new AppError('invalid', `${name} is not UTF-8 text.`, {
        key: 'reports.import.notText',
        params: { file: name },
      });
    case 'tooLarge':
      if (p.size === undefined || p.size === null) {
        return new AppError(
          'invalid',
          `${name} is larger than the limit of ${p.limit} bytes (reading stopped there).`,
          { key: 'reports.import.tooLargeStream', params: { file: name, limit: p.limit } },
        );
      }
      return new AppError('invalid', `${name} is ${p.size} bytes; the limit is ${p.limit} bytes.`, {
        key: 'reports.import.tooLarge',
        params: { file: name, size: p.size, limit: p.limit },
      });
    case 'cannotRead':
      return new AppError('invalid', `${name} cannot be opened (${p.code}).`, {
        key: 'reports.import.cannotRead',
        params: { file: name, code: p.code },
      });
  }
}

/**
 * Reads a text file for an import: refuses folders, missing files and anything over `maxBytes` —
 * counted on the bytes read, so a pipe or a device (`/dev/zero`) stops at the cap like a large
 * file — and anything that is not valid UTF-8. Opened without waiting, so a named pipe never hangs
 * the main process.
 */
export function readImportFile(file: string, maxBytes: number): string {
  const name = path.basename(file);
  const read = readFileBounded(file, maxBytes, { nonBlocking: true });
  if (!read.ok) {
    if (read.problem === 'tooLarge')
      throw readProblemError(name, { problem: 'tooLarge', limit: maxBytes, size: read.size });
    throw readProblemError(
      name,
      read.problem === 'isDirectory' ? { problem: 'isDirectory' } : { problem: 'cannotRead', code: read.code },
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    throw readProblemError(name, { problem: 'notText' });
  }
}

/**
 * Each problem as the IPC error's field: the key and params for the translated plain message (with
 * the row and file), the English line for logs, and the technical place as details.
 * @example
 * importErrorFields('w.csv', [
 *   {
 *     row: 4,
 *     field: 'weight',
 *     messageKey: 'geo.weightsCsv.negativeWeight',
 *     params: { value: '"-2"' },
 *     message: '"-2" is negative; a weight is 0 or more',
 *   },
 * ])
 * // [{ field: 'weight', key: 'geo.weightsCsv.negativeWeight', params: { value: '"-2"', row: 4, file: 'w.csv' },
 * //    message: 'w.csv: row 4, field "weight": ...', details: 'rows[3].weight' }]
 */
export function importErrorFields(name: string, errors: readonly ImportError[]): FieldError[] {
  return errors.map((e) => {
    const field: FieldError = {
      field: e.field,
      key: e.messageKey,
      params: { ...e.params, row: e.row, file: name },
      message: `${name}: ${formatImportError(e)}`,
    };
    if (e.details !== undefined) field.details = e.details;
    return field;
  });
}

/** The refusal of a whole file: the headline (key + English) and every problem shown. */
export function refusalError(
  name: string,
  refusal: { errors: readonly ImportError[]; totalErrors?: number },
  headline: { key: MessageKey; english: (count: number) => string },
): AppError {
  const fields = importErrorFields(name, refusal.errors);
  const count = refusal.totalErrors ?? refusal.errors.length;
  return new AppError('invalid', headline.english(count), {
    key: headline.key,
    params: { file: name, count, shown: fields.length },
    fields,
  });
}

export interface FileImportSpec<P extends { ok: true }, R> {
  file: string;
  maxBytes: number;
  /** The format's parser (shared/imports/). It must not throw; a refusal is its answer. */
  parse: (text: string) => P | ImportRefusal;
  /** What the refusal says as a whole: its i18n key (params file, count, shown) and English text. */
  rejected: { key: MessageKey; english: (name: string, count: number) => string };
  /** Writes the parsed file in one step (one save, one transaction); it may still refuse by throwing. */
  commit: (parsed: P, name: string) => R;
}

/**
 * Read → parse → commit, all or nothing.
 * @example
 * runFileImport({
 *   file,
 *   maxBytes: TRANSIT_CSV_DEFAULTS.maxBytes,
 *   parse: (t) => parseTransitCsv(t, { geo }),
 *   rejected,
 *   commit: (p) => save(p.overrides),
 * })
 */
export function runFileImport<P extends { ok: true }, R>(spec: FileImportSpec<P, R>): R {
  const name = path.basename(spec.file);
  const text = readImportFile(spec.file, spec.maxBytes);
  const parsed = spec.parse(text);
  if (!parsed.ok)
    throw refusalError(name, parsed, {
      key: spec.rejected.key,
      english: (count) => spec.rejected.english(name, count),
    });
  return spec.commit(parsed, name);
}
