/** `shipweek validate <file> [--json]`: parse the settings file and list validation findings. */
import { renderFinding, sortFindings, countBySeverity } from '../../shared/engine/findings';
import { validatePlan } from '../../shared/engine/planValidation';
import type { GeoData } from '../../shared/geo/index';
import type { CliContext, CommandResult } from '../context';
import { json } from '../format';
import { loadSettingsFile } from '../loadSettings';

/** Exit 1 when any finding is an error or a warning; infos (e.g. "outside Buy Shipping") do not fail. */
export function validateCommand(ctx: CliContext, geo: GeoData, args: { file?: string; json?: boolean }): CommandResult {
  const loaded = loadSettingsFile(ctx, args.file, geo, !!args.json);
  if (!loaded.ok) return loaded.result;
  // With six-day delivery judged on the plan's promises (the typical week simulated).
  const findings = sortFindings(validatePlan(loaded.settings, geo));
  const counts = countBySeverity(findings);
  const pass = counts.error === 0 && counts.warning === 0;
  const exitCode = pass ? 0 : 1;
  if (args.json) {
    const out = {
      ok: true,
      file: loaded.name,
      pass,
      counts,
      findings: findings.map((f) => ({ ...f, message: renderFinding(ctx.messages, f) })),
    };
    return { stdout: json(out), stderr: '', exitCode };
  }
  const lines = findings.map(
    (f) => `${ctx.t(`cli.severity.${f.severity}`)}  ${f.path}: ${renderFinding(ctx.messages, f)}`,
  );
  const summary = pass
    ? ctx.t('cli.validate.pass', { file: loaded.name, info: counts.info })
    : ctx.t('cli.validate.fail', {
        file: loaded.name,
        error: counts.error,
        warning: counts.warning,
        info: counts.info,
      });
  return { stdout: [...lines, summary].join('\n') + '\n', stderr: '', exitCode };
}
