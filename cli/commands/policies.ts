/** `shipweek policies [--json]`: the built-in SFP policy profiles and their targets. */
import { SIZE_TIERS } from '../../shared/domain/carrier';
import { DEFAULT_POLICY_ID, POLICY_PROFILES, policyNameKey } from '../../shared/catalog/policies';
import { ok, type CliContext, type CommandResult } from '../context';
import { json, percent } from '../format';

export function policiesCommand(ctx: CliContext, args: { json?: boolean }): CommandResult {
  if (args.json) return ok(json(POLICY_PROFILES.map((p) => ({ ...p, default: p.id === DEFAULT_POLICY_ID }))));
  const blocks = POLICY_PROFILES.map((p) => {
    const lines = [
      `${p.id}${p.id === DEFAULT_POLICY_ID ? ` (${ctx.t('policy.default')})` : ''}: ${ctx.t(policyNameKey(p.id))}`,
    ];
    lines.push(
      `  ${p.effectiveDate ? ctx.t('policy.effectiveDate', { date: p.effectiveDate }) : ctx.t('policy.effectiveDateUnknown')}`,
    );
    for (const tier of SIZE_TIERS) {
      const targets = p.targets[tier];
      if (!targets) continue;
      const parts = (['le1', 'le2', 'le3', 'le5'] as const)
        .filter((k) => targets[k] !== undefined)
        .map((k) => `${ctx.t(`policy.target.${k}`)} ≥ ${percent(targets[k]!, ctx.lang)}`);
      lines.push(`  ${ctx.t(`policy.tier.${tier}`)}: ${parts.join(', ')}`);
    }
    const rules: string[] = [];
    if (p.rules.minWeekdayCutoff) rules.push(`${ctx.t('policy.field.minWeekdayCutoff')} ${p.rules.minWeekdayCutoff}`);
    if (p.rules.minSaturdayCutoff)
      rules.push(`${ctx.t('policy.field.minSaturdayCutoff')} ${p.rules.minSaturdayCutoff}`);
    if (p.minPickupTime) rules.push(`${ctx.t('policy.field.minPickupTime')} ${p.minPickupTime}`);
    if (p.requireNationwide) rules.push(ctx.t('policy.field.requireNationwide'));
    if (p.requireSixDayOperation) rules.push(ctx.t('policy.field.requireSixDayOperation'));
    if (p.requireSixDayDelivery) rules.push(ctx.t('policy.field.requireSixDayDelivery'));
    if (rules.length) lines.push(`  ${rules.join('; ')}`);
    return lines.join('\n');
  });
  return ok(blocks.join('\n\n'));
}
