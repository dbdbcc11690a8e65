/** Reads and checks a settings file for a command; bad input becomes an exit-2 result with every reason. */
import type { Settings } from '../shared/domain/settings';
import { formatSettingsIssue, parseSettings, shownIssues, type SettingsIssue } from '../shared/domain/parseSettings';
import type { GeoData } from '../shared/geo/index';
import { badInput, readInputFile, type CliContext, type CommandResult } from './context';
import { json } from './format';

export type LoadedSettings = { ok: true; settings: Settings; name: string } | { ok: false; result: CommandResult };

/**
 * `settings.json: warehouses[0].cutoffs.mon: must be a time HH:MM ... (got "25:00")` lines on stderr,
 * and with `asJson` a `{ "ok": false, "file", "errors": [...] }` document on stdout as well.
 */
export function loadSettingsFile(
  ctx: CliContext,
  path: string | undefined,
  geo: GeoData,
  asJson: boolean,
): LoadedSettings {
  if (!path) return { ok: false, result: badInput(ctx.t('cli.error.missingFile')) };
  const read = readInputFile(ctx, path);
  if (!read.ok) return read;
  const parsed = parseSettings(read.text, read.name, { geo, maxBytes: ctx.maxReadBytes });
  if (!parsed.ok)
    return {
      ok: false,
      result: settingsErrors(ctx, read.name, parsed.errors, parsed.totalErrors ?? parsed.errors.length, asJson),
    };
  // An older format upgraded with its meaning kept by a change (e.g. reopened holidays): say so, naming the file.
  for (const n of parsed.notices ?? []) ctx.notices?.push(`${read.name}: ${ctx.t(n.messageKey, n.params)}`);
  return { ok: true, settings: parsed.settings, name: read.name };
}

/**
 * The first problems (shownIssues) in the CLI's language, then how many more: a file with 300,000
 * bad keys gets a page of errors and a count, not 57 MB. `--json` lists the same first problems
 * with the total in `errorCount`.
 */
function settingsErrors(
  ctx: CliContext,
  file: string,
  errors: SettingsIssue[],
  total: number,
  asJson: boolean,
): CommandResult {
  const { shown, more } = shownIssues(errors, total);
  const translated = shown.map((e) => (e.messageKey ? { ...e, message: ctx.t(e.messageKey, e.params) } : e));
  const lines = translated.map((e) => formatSettingsIssue(file, e));
  if (more > 0) lines.push(ctx.t('cli.error.moreProblems', { count: more }));
  const header = ctx.t('cli.error.invalidSettings', { file, count: total });
  return badInput(
    [header, ...lines].join('\n'),
    asJson ? json({ ok: false, file, errorCount: total, errors: translated }) : '',
  );
}
