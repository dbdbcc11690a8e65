import { useMemo } from 'react';
import { useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ServiceId } from '../../../../shared/domain/carrier';
import { isBuiltInPolicy, policyNameKey } from '../../../../shared/catalog/policies';
import { useStore } from '../../store';
import { DeliveredCard, SixDayCard } from './SixDayVerdicts';
import { selectDeliveredWeekdays } from '../../store/selectors';
import { WeekendMatrixTable } from './WeekendMatrixTable';
import { WeekendPlanTable } from './WeekendPlanTable';
import { weekendView } from './weekendView';

/**
 * Weekend check: the user's Saturday and Sunday handovers judged against the carriers' weekend
 * matrix, the special operating plans declared right here, the six-day verdicts and the fixes.
 */
export function WeekendPage() {
  const { t } = useT();
  const settings = useStore((s) => s.doc?.settings);
  const view = useMemo(() => (settings ? weekendView(settings, selectDeliveredWeekdays(settings)) : null), [settings]);
  const usedServices = useMemo(
    () =>
      new Set<ServiceId>(
        settings?.warehouses.flatMap((w) => w.services.filter((p) => p.enabled).map((p) => p.serviceId)) ?? [],
      ),
    [settings],
  );

  if (!settings || !view) {
    return (
      <Stack spacing={2}>
        <Typography variant="h1">{t('weekend.title')}</Typography>
        <Paper sx={{ p: 3 }}>
          <Typography>{t('app.noScenario')}</Typography>
        </Paper>
      </Stack>
    );
  }
  const policyName = isBuiltInPolicy(view.policy.id) ? t(policyNameKey(view.policy.id)) : view.policy.name;
  const count = view.rows.length;

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('weekend.title')}</Typography>
        <Typography color="text.secondary">{t('weekend.intro')}</Typography>
      </Stack>

      <Stack spacing={1}>
        <Typography variant="h2">{t('weekend.sixDay.title')}</Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'stretch' }}>
          <SixDayCard
            kind="operation"
            verdict={view.operation}
            required={view.policy.requireSixDayOperation}
            policyName={policyName}
            settings={settings}
          />
          <DeliveredCard
            delivered={view.delivery}
            required={view.policy.requireSixDayDelivery}
            policyName={policyName}
            settings={settings}
          />
        </Stack>
      </Stack>

      <Stack spacing={1}>
        <Typography variant="h2">{t('weekend.plan.title')}</Typography>
        <div role="status" data-testid="weekend-summary">
          {count === 0 ? (
            <Alert severity="warning">{t('weekend.summary.none')}</Alert>
          ) : view.problems > 0 ? (
            <Alert severity="error">{t('weekend.summary.problems', { problems: view.problems, count })}</Alert>
          ) : (
            <Alert severity="success">{t('weekend.summary.allUsable', { count })}</Alert>
          )}
          {view.outside > 0 && (
            <Alert severity="info" sx={{ mt: 1 }}>
              {t('weekend.summary.outside', { count: view.outside })}
            </Alert>
          )}
        </div>
        {count > 0 && <WeekendPlanTable rows={view.rows} showWarehouse={settings.warehouses.length > 1} />}
      </Stack>

      <WeekendMatrixTable usedServices={usedServices} />
    </Stack>
  );
}
