/**
 * Carrier transit files from disk, for the CLI and the app: a USPS service standards file read
 * streamed (a national file holds every origin; only the plan's rows are kept), a UPS Time in
 * Transit response file read whole (one response per destination queried: small). Plain Node.
 */
import path from 'node:path';
import { readFileBounded } from './boundedRead';
import { readFileInChunks, type ChunkedReadProblem } from './chunkedRead';
import { MAX_TRANSIT_OVERRIDES, type Settings } from '../../../shared/domain/settings';
import type { GeoData } from '../../../shared/geo/index';
import { createUspsStandardsReader, type UspsStandardsResult } from '../../../shared/transit/uspsStandards';
import { AppError } from '../../../shared/ipc/result';
import { readProblemError, refusalError } from './fileImport';
import type { ScenarioService } from './scenarioService';
import { parseUpsTimeInTransit, type UpsTransitResult } from '../../../shared/transit/upsTimeInTransit';
import { mergeTransitOverrides, type TransitMerge } from '../../../shared/transit/mergeOverrides';

export type TransitFileProblem = ChunkedReadProblem | { problem: 'notText' };

/** A USPS national file is large (every origin × destination × product); past this it is not one. */
export const USPS_FILE_MAX_BYTES = 1024 * 1024 * 1024;
/** UPS responses: one per destination queried, a few kB each. */
export const UPS_FILE_MAX_BYTES = 16 * 1024 * 1024;

interface UspsReadOptions {
  origins: string[];
  geo: GeoData;
  nonBlocking?: boolean;
  /** Bytes read and the file's size (0: unknown), after each 1 MiB. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * @example readUspsStandardsFile('ssd.txt', { origins: ['432'], geo }) // { ok: true, overrides, summary }
 */
export function readUspsStandardsFile(
  file: string,
  options: UspsReadOptions,
): UspsStandardsResult | TransitFileProblem {
  const steps = uspsReadSteps(file, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** The USPS read, one 1 MiB chunk per step (yields the bytes read so far); the file is closed however it ends. */
function* uspsReadSteps(
  file: string,
  options: UspsReadOptions,
): Generator<number, UspsStandardsResult | TransitFileProblem, undefined> {
  const reader = createUspsStandardsReader({ origins: options.origins, geo: options.geo });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const problem = yield* readFileInChunks<TransitFileProblem>(file, {
    maxBytes: USPS_FILE_MAX_BYTES,
    nonBlocking: options.nonBlocking,
    onProgress: options.onProgress,
    onChunk: (bytes) => {
      try {
        reader.push(decoder.decode(bytes, { stream: true }));
      } catch {
        return { problem: 'notText' };
      }
    },
  });
  if (problem) return problem;
  try {
    reader.push(decoder.decode());
  } catch {
    return { problem: 'notText' };
  }
  return reader.end();
}

/** @example readUpsTransitFile('tnt.json', geo) // { ok: true, overrides, summary } */
export function readUpsTransitFile(
  file: string,
  geo: GeoData,
  options: { nonBlocking?: boolean } = {},
): UpsTransitResult | TransitFileProblem {
  const read = readFileBounded(file, UPS_FILE_MAX_BYTES, options);
  if (!read.ok)
    return read.problem === 'tooLarge'
      ? { problem: 'tooLarge', limit: read.limit }
      : read.problem === 'isDirectory'
        ? { problem: 'isDirectory' }
        : { problem: 'cannotRead', code: read.code };
  return parseUpsBytes(read.bytes, geo);
}

/**
 * The UPS read for the app, one 1 MiB chunk per step (yields the bytes read so far), then parsed: the
 * same answers as readUpsTransitFile (read whole, then parsed), with a chance to stop between chunks.
 */
function* upsReadSteps(
  file: string,
  geo: GeoData,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Generator<number, UpsTransitResult | TransitFileProblem, undefined> {
  const chunks: Buffer[] = [];
  const problem = yield* readFileInChunks(file, {
    maxBytes: UPS_FILE_MAX_BYTES,
    nonBlocking: true,
    onProgress,
    onChunk: (bytes) => void chunks.push(Buffer.from(bytes)),
  });
  return problem ?? parseUpsBytes(Buffer.concat(chunks), geo);
}

/** A UPS response file's bytes parsed, or notText when they are not UTF-8. */
function parseUpsBytes(bytes: Buffer, geo: GeoData): UpsTransitResult | TransitFileProblem {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'notText' };
  }
  return parseUpsTimeInTransit(text, { geo });
}

/** The origins a USPS file is read for: the one asked, else the plan's warehouses' ZIP3s. */
export function planOrigins(settings: Settings, origin?: string): string[] {
  if (origin) return [origin];
  return [...new Set(settings.warehouses.map((w) => w.zip.slice(0, 3)))];
}

/** The plan with a file's transit times merged in, or the total when it would pass the plan's cap. */
export function withTransitTimes(
  settings: Settings,
  incoming: Settings['transitOverrides'],
): { ok: true; settings: Settings; merge: TransitMerge } | { ok: false; total: number; max: number } {
  const merge = mergeTransitOverrides(settings.transitOverrides, incoming);
  if (merge.overrides.length > MAX_TRANSIT_OVERRIDES)
    return { ok: false, total: merge.overrides.length, max: MAX_TRANSIT_OVERRIDES };
  return { ok: true, settings: { ...settings, transitOverrides: merge.overrides }, merge };
}

/** What an app import of a carrier transit file tells the user. */
export interface TransitFileImport {
  kind: 'usps-standards' | 'ups-tnt';
  added: number;
  changed: TransitMerge['changed'];
  unchanged: number;
  total: number;
  /** Destinations read, by length (UPS: all ZIP5). */
  zip3: number;
  zip5: number;
  /** Products (USPS) or service levels (UPS) the file had that ShipWeek does not model, with their rows. */
  skipped: Record<string, number>;
  revision: number;
}

/**
 * Imports a USPS service standards or UPS Time in Transit file into a stored scenario's transit
 * overrides, all or nothing: any problem throws an AppError with every row and field, and nothing is
 * saved.
 */
export function importTransitFileInto(
  scenarios: Pick<ScenarioService, 'get' | 'save'>,
  geo: GeoData,
  scenarioId: number,
  file: string,
  kind: TransitFileImport['kind'],
  origin?: string,
): TransitFileImport {
  const origins = originsToRead(scenarios, scenarioId, file, kind, origin);
  const r =
    kind === 'usps-standards'
      ? readUspsStandardsFile(file, { origins, geo, nonBlocking: true })
      : readUpsTransitFile(file, geo, { nonBlocking: true });
  return saveTransitRead(scenarios, scenarioId, file, kind, r);
}

/** How an app import the user waits for tells how far it is, and learns that it should stop. */
export interface TransitImportWatch {
  /** Bytes read and the file's size (0: unknown), after each 1 MiB. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Asked between chunks and before saving; true stops the import, which changes nothing. */
  isCancelled?: () => boolean;
}

/** What a stopped import answers: the plan was not touched. */
export const TRANSIT_IMPORT_CANCELLED = { cancelled: true } as const;

/**
 * importTransitFileInto for the app: the file is read 1 MiB per turn of the event loop (main answers
 * progress and cancel calls meanwhile), and the read is merged into the plan as saved when it ends.
 * A stop asked before the save leaves the workspace unchanged.
 * @example
 * await importTransitFileWatched(scenarios, geo, id, 'ssd.txt', 'usps-standards', {
 *   isCancelled: () => task.cancelled,
 * })
 */
export async function importTransitFileWatched(
  scenarios: Pick<ScenarioService, 'get' | 'save'>,
  geo: GeoData,
  scenarioId: number,
  file: string,
  kind: TransitFileImport['kind'],
  watch: TransitImportWatch,
): Promise<TransitFileImport | typeof TRANSIT_IMPORT_CANCELLED> {
  if (watch.isCancelled?.()) return TRANSIT_IMPORT_CANCELLED;
  const origins = originsToRead(scenarios, scenarioId, file, kind);
  const steps =
    kind === 'usps-standards'
      ? uspsReadSteps(file, { origins, geo, nonBlocking: true, onProgress: watch.onProgress })
      : upsReadSteps(file, geo, watch.onProgress);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      if (watch.isCancelled?.()) return TRANSIT_IMPORT_CANCELLED;
      return saveTransitRead(scenarios, scenarioId, file, kind, step.value);
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (watch.isCancelled?.()) {
      steps.return({ problem: 'cannotRead', code: 'ECANCELED' }); // runs the reader's `finally`: the file is closed
      return TRANSIT_IMPORT_CANCELLED;
    }
  }
}

/** The origins a USPS file is read for in the app: the plan must ship from exactly one ZIP3. */
function originsToRead(
  scenarios: Pick<ScenarioService, 'get'>,
  scenarioId: number,
  file: string,
  kind: TransitFileImport['kind'],
  origin?: string,
): string[] {
  if (kind !== 'usps-standards') return [];
  const origins = planOrigins(scenarios.get(scenarioId).settings, origin);
  if (origins.length !== 1) {
    const name = path.basename(file);
    throw new AppError(
      'invalid',
      `${name}: the plan ships from ${origins.length} ZIP3s (${origins.join(', ')}); nothing was imported.`,
      {
        key: 'transitFile.appOriginNeeded',
        params: { file: name, origins: origins.join(', ') || '—' },
      },
    );
  }
  return origins;
}

/** A file's read merged into the plan as saved now, all or nothing. */
function saveTransitRead(
  scenarios: Pick<ScenarioService, 'get' | 'save'>,
  scenarioId: number,
  file: string,
  kind: TransitFileImport['kind'],
  r: UspsStandardsResult | UpsTransitResult | TransitFileProblem,
): TransitFileImport {
  const name = path.basename(file);
  if ('problem' in r)
    throw readProblemError(name, r.problem === 'tooLarge' ? { problem: 'tooLarge', limit: r.limit } : r);
  if (!r.ok)
    throw refusalError(name, r, {
      key: 'transitFile.rejected',
      english: (count) => `${name}: ${count} problem(s) in the transit file; nothing was imported.`,
    });
  const doc = scenarios.get(scenarioId);
  const next = withTransitTimes(doc.settings, r.overrides);
  if (!next.ok) {
    throw new AppError(
      'invalid',
      `${name}: the plan would hold ${next.total} transit times; the limit is ${next.max}.`,
      { key: 'transitFile.tooMany', params: { file: name, total: next.total, max: next.max } },
    );
  }
  const saved = scenarios.save(scenarioId, doc.revision, next.settings);
  const zip5 = r.overrides.filter((o) => o.dest.length === 5).length;
  return {
    kind,
    added: next.merge.added,
    changed: next.merge.changed,
    unchanged: next.merge.unchanged,
    total: next.settings.transitOverrides.length,
    zip3: r.overrides.length - zip5,
    zip5,
    skipped: 'otherProducts' in r.summary ? r.summary.otherProducts : r.summary.otherLevels,
    revision: saved.revision,
  };
}
