/** `shipweek matrix [--json]`: the carriers' weekend pickup / drop-off matrix from Amazon's SFP page. */
import { SERVICES } from '../../shared/catalog/services';
import { WEEKEND_MATRIX, weekendRowKey } from '../../shared/catalog/weekendMatrix';
import type { WeekendCapability } from '../../shared/catalog/types';
import { ok, type CliContext, type CommandResult } from '../context';
import { json, table } from '../format';

export function matrixCommand(ctx: CliContext, args: { json?: boolean }): CommandResult {
  if (args.json) {
    return ok(json(WEEKEND_MATRIX.map((r) => ({ ...r, serviceNames: r.services.map((id) => SERVICES[id].name) }))));
  }
  const cap = (c: WeekendCapability) => ctx.t(`catalog.capability.${c}`);
  const rows = WEEKEND_MATRIX.map((r) => [
    ctx.t(`catalog.carrier.${r.carrier}`),
    ctx.t(weekendRowKey(r)),
    cap(r.satPickup),
    cap(r.satDropoff),
    cap(r.sunPickup),
    cap(r.sunDropoff),
  ]);
  const header = [
    ctx.t('cli.matrix.carrier'),
    ctx.t('cli.matrix.service'),
    ctx.t('catalog.weekendMatrix.satPickup'),
    ctx.t('catalog.weekendMatrix.satDropoff'),
    ctx.t('catalog.weekendMatrix.sunPickup'),
    ctx.t('catalog.weekendMatrix.sunDropoff'),
  ];
  return ok(
    [ctx.t('cli.matrix.title'), '', table(header, rows), '', ctx.t('catalog.capability.limitedExplained')].join('\n'),
  );
}
