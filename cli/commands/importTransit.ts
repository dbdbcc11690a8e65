/**
 * `shipweek import usps-standards <file>` and `shipweek import ups-tnt <responses.json>` (--into
 * <settings> --out <new settings> [--origin <ZIP3>] [--force] [--json]): a carrier's transit file as
 * the plan's transit overrides — the same readers and messages as the app — and what changed. The
 * input settings file is never changed; the new one is written atomically.
 */
import { resolve } from 'node:path';
import type { Settings } from '../../shared/domain/settings';
import type { GeoData } from '../../shared/geo/index';
import { scenarioJson } from '../../shared/report/exports';
import type { TransitFileError } from '../../shared/transit/uspsStandards';
import { importErrorText } from '../../shared/imports/framework';
import {
  planOrigins,
  readUpsTransitFile,
  readUspsStandardsFile,
  withTransitTimes,
  type TransitFileProblem,
} from '../../electron/main/services/transitFiles';
import { badInput, writeFileAtomic, type CliContext, type CommandResult } from '../context';
import { json } from '../format';

export function importTransitFile(
  ctx: CliContext,
  geo: GeoData,
  kind: 'usps-standards' | 'ups-tnt',
  args: {
    file: string;
    into: string;
    out: string;
    json?: boolean;
    origin?: string;
    onProgress?: (fraction: number, phase: string) => void;
  },
  settings: Settings,
): CommandResult {
  const path = resolve(ctx.cwd, args.file);
  let origins: string[] = [];
  if (kind === 'usps-standards') {
    if (args.origin !== undefined && !/^\d{3}$/.test(args.origin))
      return badInput(`${args.file}: ${ctx.t('transitFile.badZip', { value: args.origin })}`);
    origins = planOrigins(settings, args.origin);
    if (origins.length > 1)
      return badInput(`${args.file}: ${ctx.t('transitFile.originNeeded', { origins: origins.join(', ') })}`);
  }
  // A national USPS file is up to 1 GiB: a terminal (or --progress) sees how far the read is.
  const phase = ctx.t('cli.orders.progress', { file: args.file });
  let lastShown = -1;
  const onProgress = (done: number, total: number) => {
    if (!args.onProgress || total <= 0) return;
    const pct = Math.floor((done / total) * 100);
    if (pct !== lastShown) args.onProgress(done / total, phase);
    lastShown = pct;
  };
  const read =
    kind === 'usps-standards'
      ? readUspsStandardsFile(path, { origins, geo, onProgress })
      : readUpsTransitFile(path, geo);
  if ('problem' in read) return badInput(problemText(ctx, args.file, read));
  if (!read.ok) {
    const lines = read.errors.map((e) => `${args.file}: ${translated(ctx, e)}`);
    if (read.totalErrors > read.errors.length)
      lines.push(ctx.t('cli.error.moreProblems', { count: read.totalErrors - read.errors.length }));
    return badInput(
      `${ctx.t('transitFile.rejected', { file: args.file, count: read.totalErrors })}\n${lines.join('\n')}`,
    );
  }
  const next = withTransitTimes(settings, read.overrides);
  if (!next.ok) return badInput(ctx.t('transitFile.tooMany', { file: args.file, total: next.total, max: next.max }));
  const written = writeFileAtomic(ctx, args.out, scenarioJson(next.settings));
  if (!written.ok) return badInput(written.message);

  const m = next.merge;
  const total = next.settings.transitOverrides.length;
  if (args.json) {
    return {
      stdout: json({
        ok: true,
        kind,
        out: args.out,
        read: read.summary,
        overrides: read.overrides,
        added: m.added,
        changed: m.changed,
        unchanged: m.unchanged,
        total,
      }),
      stderr: '',
      exitCode: 0,
    };
  }
  const lines: string[] = [];
  if ('originRows' in read.summary) {
    const s = read.summary;
    lines.push(
      ctx.t('transitFile.uspsRead', {
        file: args.file,
        rows: s.rows,
        originRows: s.originRows,
        origins: s.origins.join(', '),
        zip3: s.zip3,
        zip5: s.zip5,
      }),
    );
    const other = Object.entries(s.otherProducts);
    if (other.length)
      lines.push(ctx.t('transitFile.uspsOther', { products: other.map(([p, n]) => `${p} (${n})`).join(', ') }));
  } else {
    const s = read.summary;
    lines.push(ctx.t('transitFile.upsRead', { file: args.file, destinations: s.destinations.join(', ') }));
    const other = Object.entries(s.otherLevels);
    if (other.length)
      lines.push(ctx.t('transitFile.upsOther', { levels: other.map(([p, n]) => `${p} (${n})`).join(', ') }));
  }
  lines.push(
    ctx.t('transitFile.changes', { added: m.added, changed: m.changed.length, unchanged: m.unchanged, total }),
  );
  for (const c of m.changed.slice(0, 50))
    lines.push(`  ${ctx.t('transitFile.change', { service: c.serviceId, dest: c.dest, from: c.from, to: c.to })}`);
  lines.push(ctx.t('transitFile.written', { file: args.out, into: args.into }));
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 };
}

function translated(ctx: CliContext, e: TransitFileError): string {
  return importErrorText(e, ctx.t(e.messageKey, e.params), ctx.t);
}

function problemText(ctx: CliContext, file: string, p: TransitFileProblem): string {
  switch (p.problem) {
    case 'isDirectory':
      return ctx.t('cli.error.isDirectory', { file });
    case 'notText':
      return ctx.t('transitFile.notText', { file });
    case 'tooLarge':
      return ctx.t('cli.error.tooLargeStream', { file, limit: p.limit });
    case 'cannotRead':
      return p.code === 'ENOENT'
        ? ctx.t('cli.error.notFound', { file })
        : ctx.t('cli.error.cannotRead', { file, code: p.code });
  }
}
