/**
 * Reading a settings file (the CLI's <file>, the app's "Import settings"): size cap, JSON syntax with
 * line/column, format-version migration, schema validation with readable paths, and (given the
 * geography) checks that ZIPs exist and time zones match them. Pure: text in, result out.
 */
import type { z } from 'zod';
import { SETTINGS_FORMAT_VERSION, SettingsSchema, type Settings } from './settings';
import { locateJsonSyntaxError } from './jsonSyntax';
import { utf8ByteLength } from './utf8';
import { inspectShape, type ShapeIssue } from './documentShape';
import type { GeoData } from '../geo/index';
import { isValidTimeZone, timeZonesAgree } from '../time/zoneNames';
import { migrateHolidaysAddUp, type SettingsNotice } from './settingsMigrations';
import type { MessageKey } from '../i18n/catalogue';
import { isMessageKey } from '../i18n/messageKey';

export type { SettingsNotice } from './settingsMigrations';

export interface SettingsIssue {
  /** Where in the document, e.g. `warehouses[0].cutoffs.mon`; '' for the file as a whole. */
  path: string;
  message: string;
  /** For JSON syntax errors: 1-based position in the text. */
  line?: number;
  column?: number;
  /**
   * For messages that have a translation (shared/i18n: domain.*): the key and its parameters. The
   * others are English only; `message` is always the English text.
   */
  messageKey?: MessageKey;
  params?: Record<string, string | number>;
}

/** Problems a person reads in one go; the CLI and the import dialog show this many and count the rest. */
export const MAX_SHOWN_ISSUES = 50;

export type ParseSettingsResult =
  | {
      ok: true;
      settings: Settings;
      /** format version the file had before migration */
      migratedFrom?: number;
      /** What the migration changed, to tell the user (absent when nothing needed saying). */
      notices?: SettingsNotice[];
    }
  | {
      ok: false;
      errors: SettingsIssue[];
      /**
       * How many problems were found, when more than `errors` lists (a flood of unknown keys is counted, not listed).
       */
      totalErrors?: number;
    };

export interface ParseSettingsOptions {
  /**
   * Largest accepted file in UTF-8 bytes (default 16 MB: a plan is a few KB, but one at the schema's limits — 100,000
   * transit overrides, custom weights for every ZIP — must still round-trip).
   */
  maxBytes?: number;
  /** When given: warehouse ZIPs must exist, time zones must keep the ZIP's clock, override ZIPs must exist. */
  geo?: GeoData;
  /** Migrations by source version (default: SETTINGS_MIGRATIONS). */
  migrations?: Readonly<Record<number, SettingsMigration>>;
}

/**
 * Upgrades a raw document of format version N to N + 1 (must set formatVersion itself); what it changed
 * in the plan's meaning goes into `notices`.
 */
export type SettingsMigration = (doc: Record<string, unknown>, notices: SettingsNotice[]) => Record<string, unknown>;

/**
 * Migrations of older settings files, keyed by the version they upgrade FROM. When the format changes,
 * bump SETTINGS_FORMAT_VERSION and add the step here, with a fixture test.
 * 1 -> 2: carrier holidays add up to the built-in calendars (settingsMigrations.ts).
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = Object.freeze({
  1: migrateHolidaysAddUp,
});

export const SETTINGS_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Parses and checks a settings file.
 * @example
 * parseSettings('{"formatVersion": 1, ...}', 'plan.json', { geo: loadGeo() })
 * // { ok: true, settings } or
 * // { ok: false, errors: [{ path: 'warehouses[0].cutoffs.mon',
 * //                         message: 'must be a time HH:MM between 00:00 and 23:59 (got "25:00")' }] }
 */
export function parseSettings(text: string, fileName: string, options: ParseSettingsOptions = {}): ParseSettingsResult {
  void fileName; // part of the signature so callers keep it with the text; formatSettingsIssue prints it
  const maxBytes = options.maxBytes ?? SETTINGS_MAX_BYTES;
  // Checked before parsing: a JS string is at least as many UTF-8 bytes as it has UTF-16 units.
  if (text.length > maxBytes || utf8ByteLength(text, maxBytes) > maxBytes) {
    return fileError(`file is too large (${utf8ByteLength(text)} bytes; the limit is ${maxBytes} bytes)`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fileError('file is empty');

  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    const where = locateJsonSyntaxError(body);
    return {
      ok: false,
      errors: [
        where
          ? { path: '', line: where.line, column: where.column, message: `invalid JSON: ${where.message}` }
          : { path: '', message: 'invalid JSON' },
      ],
    };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return fileError(`must be a JSON object with the ShipWeek settings (got ${describeValue(doc)})`);
  }

  const migrated = migrateSettingsDocument(doc as Record<string, unknown>, options.migrations ?? SETTINGS_MIGRATIONS);
  if ('error' in migrated) return { ok: false, errors: [migrated.error] };

  // Unknown keys and lists over their cap, from the raw document: zod drops the first silently, and
  // an over-cap list is refused here by its length before a single entry is checked.
  // `$schema` points editors at resources/schema/settings.schema.json; it is the one key ShipWeek reads past.
  const shape = inspectShape(SettingsSchema, migrated.doc, ['$schema']);
  const shapeIssues = shape.issues;
  const shapeErrors = shapeIssues.map(describeShapeIssue);
  const counted = (errors: SettingsIssue[]): ParseSettingsResult =>
    shape.unlisted > 0 ? { ok: false, errors, totalErrors: errors.length + shape.unlisted } : { ok: false, errors };
  if (shapeIssues.some((i) => i.kind === 'tooMany')) return counted(shapeErrors);

  const parsed = SettingsSchema.safeParse(migrated.doc, { reportInput: true });
  if (!parsed.success || shapeErrors.length > 0) {
    const reported = new Set(
      shapeIssues.flatMap((i) => (i.kind === 'unknownKey' ? [formatPath([...i.path, i.key])] : [])),
    );
    const zodErrors = parsed.success ? [] : parsed.error.issues.flatMap((issue) => settingsIssuesOf(issue, reported));
    return counted([...shapeErrors, ...zodErrors]);
  }
  const referenceErrors = options.geo ? checkReferences(parsed.data, options.geo) : checkTimeZoneNames(parsed.data);
  if (referenceErrors.length > 0) return { ok: false, errors: referenceErrors };
  if (migrated.from === undefined) return { ok: true, settings: parsed.data };
  return migrated.notices.length > 0
    ? { ok: true, settings: parsed.data, migratedFrom: migrated.from, notices: migrated.notices }
    : { ok: true, settings: parsed.data, migratedFrom: migrated.from };
}

/**
 * One line per issue, naming the file: `plan.json: warehouses[0].zip: ZIP 43299 does not exist`,
 * `plan.json: line 3, column 1: invalid JSON: trailing comma before "}"`.
 */
export function formatSettingsIssue(fileName: string, issue: SettingsIssue): string {
  const where = issue.line !== undefined ? `line ${issue.line}, column ${issue.column}` : issue.path;
  return where ? `${fileName}: ${where}: ${issue.message}` : `${fileName}: ${issue.message}`;
}

/**
 * The first `max` issues and how many more there are, so a file with 300,000 bad keys prints a page
 * rather than megabytes.
 * @example shownIssues(errors, 50) // { shown: errors.slice(0, 50), more: errors.length - 50 }
 */
export function shownIssues<T>(
  issues: readonly T[],
  total: number = issues.length,
  max: number = MAX_SHOWN_ISSUES,
): { shown: T[]; more: number } {
  const shown = issues.slice(0, max);
  return { shown, more: Math.max(0, total - shown.length) };
}

/** Longest key echoed in a path: a hostile file can use a megabyte as a key name. */
const MAX_KEY_ECHO = 60;

function describeShapeIssue(issue: ShapeIssue): SettingsIssue {
  if (issue.kind === 'tooMany') {
    return {
      path: formatPath(issue.path),
      message: `has ${issue.count} items; the limit is ${issue.max}`,
      messageKey: 'domain.shape.tooMany',
      params: { count: issue.count, max: issue.max },
    };
  }
  const key = issue.key.length > MAX_KEY_ECHO ? `${issue.key.slice(0, MAX_KEY_ECHO)}…` : issue.key;
  const path = formatPath([...issue.path, key]);
  if (issue.suggestion !== undefined) {
    return {
      path,
      message: `unknown key; did you mean "${issue.suggestion}"?`,
      messageKey: 'domain.shape.unknownKeySuggest',
      params: { suggestion: issue.suggestion },
    };
  }
  const known = issue.known.join(', ');
  return {
    path,
    message: `unknown key (known keys here: ${known})`,
    messageKey: 'domain.shape.unknownKey',
    params: { known },
  };
}

/** One zod issue as settings issues; unknown keys the shape walk already reported are left out. */
function settingsIssuesOf(issue: z.core.$ZodIssue, reported: ReadonlySet<string>): SettingsIssue[] {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.filter((k) => !reported.has(formatPath([...issue.path, k])));
    return keys.length === 0 ? [] : [{ path: formatPath(issue.path), message: describeIssue({ ...issue, keys }) }];
  }
  const path = formatPath(issue.path);
  const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
  const messageKey = params?.['messageKey'];
  // The key crossed zod's untyped issue params: it becomes a key again only if the catalogue has it.
  if (params && typeof messageKey === 'string' && isMessageKey(messageKey)) {
    const values = Object.fromEntries(
      Object.entries(params).filter(
        (e): e is [string, string | number] =>
          e[0] !== 'messageKey' && (typeof e[1] === 'string' || typeof e[1] === 'number'),
      ),
    );
    return [{ path, message: issue.message, messageKey, params: values }];
  }
  return [{ path, message: describeIssue(issue) }];
}

function fileError(message: string): ParseSettingsResult {
  return { ok: false, errors: [{ path: '', message }] };
}

/**
 * Brings a raw settings document up to `currentVersion` by chaining migrations (N -> N+1 -> ...), or
 * says why it cannot. Exported for tests of the chain; parseSettings calls it.
 * @example migrateSettingsDocument({ formatVersion: 1, ... }, {}) // { doc } (already current)
 */
export function migrateSettingsDocument(
  doc: Record<string, unknown>,
  migrations: Readonly<Record<number, SettingsMigration>>,
  currentVersion: number = SETTINGS_FORMAT_VERSION,
): { doc: Record<string, unknown>; from?: number; notices: SettingsNotice[] } | { error: SettingsIssue } {
  const version = doc.formatVersion;
  if (version === undefined) {
    return { error: { path: 'formatVersion', message: 'is required (is this a ShipWeek settings file?)' } };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: { path: 'formatVersion', message: `must be a whole number ≥ 1 (got ${describeValue(version)})` } };
  }
  if (version > currentVersion) {
    return {
      error: {
        path: 'formatVersion',
        message: `file was written by a newer ShipWeek (format ${version}); this version reads formats up to ${currentVersion}`,
      },
    };
  }
  let current = doc;
  const notices: SettingsNotice[] = [];
  for (let v = version; v < currentVersion; v++) {
    const step = migrations[v];
    if (!step)
      return {
        error: {
          path: 'formatVersion',
          message: `format ${version} cannot be upgraded (no migration from format ${v})`,
        },
      };
    current = step(current, notices);
    if (current.formatVersion !== v + 1) {
      return {
        error: { path: 'formatVersion', message: `migration from format ${v} did not produce format ${v + 1}` },
      };
    }
  }
  return version === currentVersion ? { doc: current, notices } : { doc: current, from: version, notices };
}

/**
 * A settings document as stored in the workspace (any format version ShipWeek wrote), brought up to
 * the current format with what the upgrade changed; a stored plan is upgraded when read, and saved in
 * the current format by its next save. Throws on a document no migration can read (the workspace only
 * holds documents ShipWeek itself wrote, so that is damage, not user input).
 * @example
 * upgradeStoredSettings({ formatVersion: 1, holidays: [], ... }) // { doc: { formatVersion: 2, ... }, notices: [] }
 */
export function upgradeStoredSettings(doc: Record<string, unknown>): {
  doc: Record<string, unknown>;
  notices: SettingsNotice[];
} {
  const migrated = migrateSettingsDocument(doc, SETTINGS_MIGRATIONS);
  if ('error' in migrated) throw new Error(`stored settings: ${migrated.error.path}: ${migrated.error.message}`);
  return { doc: migrated.doc, notices: migrated.notices };
}

/** Time-zone names are checked even without the geography: an unknown zone breaks every promise. */
function checkTimeZoneNames(settings: Settings): SettingsIssue[] {
  const errors: SettingsIssue[] = [];
  settings.warehouses.forEach((w, i) => {
    if (!isValidTimeZone(w.timeZone)) {
      errors.push({
        path: `warehouses[${i}].timeZone`,
        message: `is not a known IANA time zone, e.g. America/New_York (got ${describeValue(w.timeZone)})`,
      });
    }
  });
  return errors;
}

function checkReferences(settings: Settings, geo: GeoData): SettingsIssue[] {
  const errors = checkTimeZoneNames(settings);
  settings.warehouses.forEach((w, i) => {
    if (!geo.zip5Exists(w.zip)) {
      errors.push({
        path: `warehouses[${i}].zip`,
        message: `ZIP ${w.zip} does not exist (not in the US ZIP code list)`,
      });
      return;
    }
    const zipZone = geo.timeZoneOf(w.zip);
    if (zipZone && isValidTimeZone(w.timeZone) && !timeZonesAgree(w.timeZone, zipZone)) {
      errors.push({
        path: `warehouses[${i}].timeZone`,
        message: `${w.timeZone} does not match ZIP ${w.zip}, which is in ${zipZone}`,
      });
    }
  });
  settings.extraDeliveryDays.forEach((e, i) => {
    if (e.area.kind !== 'zip3s') return;
    e.area.zip3s.forEach((zip3, j) => {
      if (!geo.byZip3.has(zip3)) {
        errors.push({
          path: `extraDeliveryDays[${i}].area.zip3s[${j}]`,
          message: `ZIP3 ${zip3} does not exist (not in the US ZIP code list)`,
          messageKey: 'domain.delivery.unknownZip3',
          params: { zip3 },
        });
      }
    });
  });
  settings.transitOverrides.forEach((o, i) => {
    const exists = o.dest.length === 3 ? geo.byZip3.has(o.dest) : geo.zip5Exists(o.dest);
    if (!exists) errors.push({ path: `transitOverrides[${i}].dest`, message: `ZIP ${o.dest} does not exist` });
  });
  if (settings.destinationWeights.source === 'custom') {
    for (const zip of Object.keys(settings.destinationWeights.byZip).sort()) {
      const exists = zip.length === 3 ? geo.byZip3.has(zip) : geo.zip5Exists(zip);
      if (!exists)
        errors.push({ path: `destinationWeights.byZip[${JSON.stringify(zip)}]`, message: `ZIP ${zip} does not exist` });
    }
  }
  return errors;
}

/** `["warehouses", 0, "cutoffs", "mon"]` -> `warehouses[0].cutoffs.mon`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value !== null && typeof value === 'object') return 'an object';
  // JSON.parse reads 1e999 as Infinity, which JSON.stringify would show as "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value} (a number too large to store)`;
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  int: 'a whole number',
};

/** zod's generic English ("Too small: expected string to have >=1 characters") rewritten for people. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const hasInput = 'input' in issue;
  const input: unknown = hasInput ? (issue as { input?: unknown }).input : undefined;
  const got = hasInput ? ` (got ${describeValue(input)})` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (!hasInput || input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}${got}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters${got}`;
      if (issue.origin === 'array' || issue.origin === 'set') {
        return issue.exact
          ? `must have exactly ${min} items${got}`
          : `must have at least ${min} item${min === 1 ? '' : 's'}${got}`;
      }
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${min}${got}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters${got}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${max} items${got}`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${max}${got}`;
    }
    case 'invalid_value':
      // Schemas with their own message (e.g. unknown carrier service) already say what was wrong.
      if (!issue.message.startsWith('Invalid')) return issue.message;
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    case 'invalid_union': {
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (discriminator && options) {
        const value =
          input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[discriminator] : undefined;
        return `must be one of ${options.map((o) => JSON.stringify(o)).join(', ')} (got ${describeValue(value)})`;
      }
      return `does not match any allowed form${got}`;
    }
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_key':
      return `is not an allowed key${issue.issues[0] && !issue.issues[0].message.startsWith('Invalid') ? `: ${issue.issues[0].message}` : ''}`;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `has the wrong format${got}` : `${issue.message}${got}`;
    default:
      return `${issue.message}${got}`;
  }
}
