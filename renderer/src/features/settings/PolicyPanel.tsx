import { useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputLabel from '@mui/material/InputLabel';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { SIZE_TIERS } from '../../../../shared/domain/carrier';
import type { PolicyProfile } from '../../../../shared/domain/policy';
import {
  POLICY_PROFILES,
  copyPolicy,
  isBuiltInPolicy,
  policyNameKey,
  resolvePolicy,
} from '../../../../shared/catalog/policies';
import { TimeField } from '../../components/TimeField';
import { NumberField } from '../../components/NumberField';
import { PageSection } from '../../components/PageSection';
import { useStore } from '../../store';

const TARGETS = ['le1', 'le2', 'le3', 'le5'] as const;
const RULES = ['minWeekdayCutoff', 'minSaturdayCutoff'] as const;
const REQUIRES = ['requireNationwide', 'requireSixDayOperation', 'requireSixDayDelivery'] as const;

/** A target is a share in percent, to one decimal (as the policy documents state them). */
const TARGET_LIMITS = { min: 0, max: 100, step: 0.1 };

/** Pick the scenario's policy profile; copy a built-in one and edit the copy's targets and rules. */
export function PolicyPanel() {
  const { t, language } = useT();
  const settings = useStore((s) => s.doc?.settings);
  const edit = useStore((s) => s.edit);
  const notify = useStore((s) => s.notify);
  if (!settings) return <Alert severity="info">{t('settingsPolicy.noScenario')}</Alert>;

  const policy = resolvePolicy(settings);
  const builtIn = isBuiltInPolicy(policy.id);
  const nameOf = (p: PolicyProfile) => (isBuiltInPolicy(p.id) ? t(policyNameKey(p.id)) : p.name);
  const customIndex = settings.customPolicies.findIndex((p) => p.id === policy.id);
  const editPolicy = (mutate: (p: PolicyProfile) => void) =>
    edit((s) => mutate(s.customPolicies.find((p) => p.id === policy.id)!));

  return (
    <PageSection
      id="policy-title"
      title={t('settingsPolicy.title')}
      intro={t('settingsPolicy.intro')}
      spacing={2}
      padding={3}
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 2 }}>
        <FormControl sx={{ minWidth: 380 }} size="small">
          <InputLabel id="policy-select-label">{t('settingsPolicy.select', { scenario: settings.name })}</InputLabel>
          <Select
            labelId="policy-select-label"
            label={t('settingsPolicy.select', { scenario: settings.name })}
            value={policy.id}
            onChange={(e) => edit((s) => void (s.policyId = String(e.target.value)))}
            data-testid="policy-select"
          >
            <ListSubheader>{t('settingsPolicy.builtIn')}</ListSubheader>
            {POLICY_PROFILES.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {nameOf(p)}
              </MenuItem>
            ))}
            {settings.customPolicies.length > 0 && <ListSubheader>{t('policy.custom')}</ListSubheader>}
            {settings.customPolicies.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Button
          variant="outlined"
          data-testid="policy-copy"
          onClick={() => {
            let n = 1;
            while (settings.customPolicies.some((p) => p.id === `custom-${n}`)) n++;
            const copy = copyPolicy(policy, `custom-${n}`, t('policy.copyOf', { name: nameOf(policy) }));
            edit((s) => {
              s.customPolicies.push(copy);
              s.policyId = copy.id;
            });
            notify({
              severity: 'success',
              text: '',
              key: 'settingsPolicy.copied',
              params: { name: copy.name, from: nameOf(policy) },
            });
          }}
        >
          {t('settingsPolicy.copy')}
        </Button>
        {!builtIn && customIndex >= 0 && (
          <Button
            color="error"
            onClick={() =>
              edit((s) => {
                s.customPolicies.splice(customIndex, 1);
                s.policyId =
                  policy.source.basedOn && isBuiltInPolicy(policy.source.basedOn)
                    ? policy.source.basedOn
                    : POLICY_PROFILES[POLICY_PROFILES.length - 1]!.id;
              })
            }
          >
            {t('settingsPolicy.delete')}
          </Button>
        )}
      </Stack>
      <Typography variant="body2">
        {isBuiltInPolicy(policy.id)
          ? t(`policy.description.${policy.id}`)
          : policy.source.basedOn
            ? t('policy.basedOn', {
                name: isBuiltInPolicy(policy.source.basedOn)
                  ? t(policyNameKey(policy.source.basedOn))
                  : policy.source.basedOn,
              })
            : ''}{' '}
        {policy.effectiveDate
          ? t('policy.effectiveDate', {
              date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
                new Date(`${policy.effectiveDate}T00:00:00Z`),
              ),
            })
          : t('policy.effectiveDateUnknown')}
      </Typography>
      {builtIn && (
        <Typography variant="caption" color="text.secondary">
          {t('settingsPolicy.readOnly')}
        </Typography>
      )}
      {!builtIn && (
        <TextField
          size="small"
          label={t('settingsPolicy.name')}
          value={policy.name}
          sx={{ maxWidth: 420 }}
          onChange={(e) => e.target.value.trim() && editPolicy((p) => void (p.name = e.target.value))}
          slotProps={{ htmlInput: { maxLength: 120 } }}
        />
      )}
      <Typography variant="subtitle2" component="h3">
        {t('settingsPolicy.targets')}
      </Typography>
      <Stack spacing={1}>
        {SIZE_TIERS.map((tier) => (
          <Stack key={tier} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
            <Typography sx={{ width: 140 }} variant="body2">
              {t(`policy.tier.${tier}`)}
            </Typography>
            {TARGETS.map((target) => {
              const v = policy.targets[tier]?.[target];
              return (
                // The shared validated field: "120" or "−5" stays on screen with its reason and
                // is never saved (the old number input silently ignored it); empty = no target.
                <NumberField
                  key={target}
                  disabled={builtIn}
                  label={t(`policy.target.${target}`)}
                  ariaLabel={t('settingsPolicy.targetLabel', {
                    tier: t(`policy.tier.${tier}`),
                    target: t(`policy.target.${target}`),
                  })}
                  value={v === undefined ? undefined : Math.round(v * 1000) / 10}
                  limits={TARGET_LIMITS}
                  unit="%"
                  allowEmpty
                  width={150}
                  testId={`target-${tier}-${target}`}
                  entryId={`target:${policy.id}:${tier}:${target}`}
                  onCommit={(pct) =>
                    editPolicy((p) => {
                      const tiers = (p.targets[tier] ??= {});
                      if (pct === null) delete tiers[target];
                      else tiers[target] = Math.round(pct * 10) / 1000;
                    })
                  }
                />
              );
            })}
          </Stack>
        ))}
      </Stack>
      <Typography variant="subtitle2" component="h3">
        {t('settingsPolicy.rules')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', gap: 2 }}>
        {RULES.map((rule) => (
          <Stack key={rule} spacing={0.5}>
            <Typography variant="caption">{t(`policy.field.${rule}`)}</Typography>
            <TimeField
              label={t(`policy.field.${rule}`)}
              value={policy.rules[rule]}
              allowEmpty
              disabled={builtIn}
              onCommit={(v) => editPolicy((p) => (v === null ? delete p.rules[rule] : void (p.rules[rule] = v)))}
            />
          </Stack>
        ))}
        <Stack spacing={0.5}>
          <Typography variant="caption">{t('policy.field.minPickupTime')}</Typography>
          <TimeField
            label={t('policy.field.minPickupTime')}
            value={policy.minPickupTime}
            allowEmpty
            disabled={builtIn}
            onCommit={(v) => editPolicy((p) => (v === null ? delete p.minPickupTime : void (p.minPickupTime = v)))}
          />
        </Stack>
      </Stack>
      <Typography variant="subtitle2" component="h3">
        {t('settingsPolicy.requirements')}
      </Typography>
      <Stack>
        {REQUIRES.map((r) => (
          <FormControlLabel
            key={r}
            disabled={builtIn}
            control={<Switch checked={policy[r]} onChange={(e) => editPolicy((p) => void (p[r] = e.target.checked))} />}
            label={t(`policy.field.${r}`)}
          />
        ))}
      </Stack>
    </PageSection>
  );
}
