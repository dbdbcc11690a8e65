/** `shipweek promise <file> --at <local date-time> --to <ZIP> [--tier <size tier>] [--json]`. */
import { SIZE_TIERS, type SizeTier } from '../../shared/domain/carrier';
import { SERVICES } from '../../shared/catalog/services';
import { computePromise } from '../../shared/engine/explainedPromise';
import type { GeoData } from '../../shared/geo/index';
import { stateName } from '../../shared/geo/states';
import { badInput, type CliContext, type CommandResult } from '../context';
import { json } from '../format';
import { loadSettingsFile } from '../loadSettings';
import { dateOutOfRange } from '../dateOption';

export interface PromiseArgs {
  file?: string;
  at?: string;
  to?: string;
  tier?: string;
  json?: boolean;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function promiseCommand(ctx: CliContext, geo: GeoData, args: PromiseArgs): CommandResult {
  // Options are checked before the file is read, so a typo is reported even when the file is fine.
  const at = args.at?.trim();
  const m = at ? LOCAL_DATE_TIME.exec(at) : null;
  const outOfRange = at && m ? dateOutOfRange(ctx, '--at', `${m[1]}-${m[2]}-${m[3]}`, args.at ?? '') : undefined;
  if (outOfRange) return outOfRange;
  if (!at || !m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    return badInput(ctx.t('cli.promise.badAt', { value: JSON.stringify(args.at ?? '') }));
  }
  const to = args.to?.trim() ?? '';
  if (!/^\d{3}(\d{2})?$/.test(to))
    return badInput(ctx.t('cli.promise.badTo', { value: JSON.stringify(args.to ?? '') }));
  if (!geo.lookup(to)) return badInput(ctx.t('cli.promise.unknownZip', { zip: to }));
  if (args.tier !== undefined && !(SIZE_TIERS as readonly string[]).includes(args.tier)) {
    return badInput(ctx.t('cli.promise.badTier', { value: JSON.stringify(args.tier), tiers: SIZE_TIERS.join(', ') }));
  }
  const tier = (args.tier ?? 'standard') as SizeTier;

  const loaded = loadSettingsFile(ctx, args.file, geo, !!args.json);
  if (!loaded.ok) return loaded.result;
  const result = computePromise(loaded.settings, geo, { at, to, sizeTier: tier });
  const explanation = result.explanation.map((s) => ({ ...s, text: ctx.t(s.key, s.params) }));

  if (!result.ok) {
    const reason = ctx.t(result.reason, result.params);
    if (args.json)
      return {
        stdout: json({
          ok: false,
          reason: result.reason,
          params: result.params,
          message: reason,
          explanation,
          alternatives: result.alternatives,
        }),
        stderr: '',
        exitCode: 1,
      };
    return { stdout: [reason, ...explanation.map((s) => `  - ${s.text}`)].join('\n') + '\n', stderr: '', exitCode: 1 };
  }
  if (args.json) {
    return {
      stdout: json({
        ok: true,
        at,
        to,
        sizeTier: tier,
        warehouseId: result.warehouseId,
        customerCutoff: result.customerCutoff,
        shipDate: result.shipDate,
        handover: result.handover,
        service: result.service,
        outsideBuyShipping: result.outsideBuyShipping,
        zone: result.zone,
        miles: Math.round(result.miles),
        transitDays: result.transitDays,
        transitSource: result.transitSource,
        // Alaska, Hawaii, Puerto Rico / Virgin Islands, the Pacific territories: outside Prime by default.
        remoteRegion: result.remoteRegion ?? null,
        primeRegion: result.remoteRegion === undefined,
        deliveryDate: result.deliveryDate,
        promiseDays: result.promiseDays,
        destination: result.destination,
        explanation,
        alternatives: result.alternatives,
      }),
      stderr: '',
      exitCode: 0,
    };
  }
  const warehouse = loaded.settings.warehouses.find((w) => w.id === result.warehouseId);
  const lines = [
    ctx.t('cli.promise.headline', {
      days: result.promiseDays,
      deliveryDate: result.deliveryDate,
      to,
      state: stateName(result.destination.state, ctx.lang),
      at,
      timeZone: result.destination.timeZone,
    }),
    ctx.t('cli.promise.ships', {
      warehouse: warehouse?.name ?? result.warehouseId,
      shipDate: result.shipDate,
      service: SERVICES[result.service.serviceId].name,
      handover: ctx.t(`catalog.handover.${result.handover.kind}`),
      time: result.handover.time,
      zone: result.zone,
      transitDays: result.transitDays,
    }),
    ctx.t('cli.promise.cutoff', { customerCutoff: result.customerCutoff.replace('T', ' ') }),
    '',
    ctx.t('cli.promise.why'),
    ...explanation.map((s, i) => `  ${i + 1}. ${s.text}`),
  ];
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode: 0 };
}
