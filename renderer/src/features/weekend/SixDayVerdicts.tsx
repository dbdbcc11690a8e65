import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Weekday } from '../../../../shared/time/dateTime';
import { WEEKDAYS } from '../../../../shared/time/dateTime';
import type { Settings } from '../../../../shared/domain/settings';
import type { SixDayVerdict } from '../../../../shared/engine/weekend';
import { VerdictBadge } from './badges';
import { deliverySuggestions, missingForSixDayOperation } from './weekendView';

/** Days in week order, short ("Mon") for lists of what is, long ("Saturday") for what to add. */
function useDayList() {
  const { t } = useTranslation();
  return (days: readonly Weekday[], long = false) =>
    WEEKDAYS.filter((d) => days.includes(d))
      .map((d) => t(long ? `catalog.weekday.${d}` : `weekday.${d}`))
      .join(t('weekend.listSeparator'));
}

interface Props {
  kind: 'operation' | 'delivery';
  verdict: SixDayVerdict;
  required: boolean;
  policyName: string;
  settings: Settings;
}

/** One six-day requirement: pass/fail, whether the selected policy requires it, per-warehouse days and the fix. */
export function SixDayCard({ kind, verdict, required, policyName, settings }: Props) {
  const { t } = useTranslation();
  const dayList = useDayList();
  return (
    <Paper sx={{ p: 2, flex: 1, minWidth: 0 }} data-testid={`six-day-${kind}`}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600, mr: 1 }}>
            {t(`weekend.sixDay.${kind}`)}
          </Typography>
          <VerdictBadge pass={verdict.pass} passLabel={t('weekend.sixDay.pass')} failLabel={t('weekend.sixDay.fail')} testId={`six-day-${kind}-verdict`} />
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {required ? t('weekend.sixDay.required', { policy: policyName }) : t('weekend.sixDay.notRequired', { policy: policyName })}
        </Typography>
        {verdict.warehouses.length === 0 && <Typography variant="body2">{t('weekend.sixDay.noWarehouse')}</Typography>}
        {verdict.warehouses.map((w) => {
          const name = settings.warehouses[w.warehouseIndex]?.name ?? w.warehouseId;
          const said =
            w.days.length === 0
              ? t(kind === 'operation' ? 'weekend.sixDay.shipsOnNone' : 'weekend.sixDay.deliversOnNone', { warehouse: name })
              : t(kind === 'operation' ? 'weekend.sixDay.shipsOn' : 'weekend.sixDay.deliversOn', { warehouse: name, days: dayList(w.days), count: w.days.length });
          let fix: string | null = null;
          if (!w.pass && kind === 'operation') {
            fix = t('weekend.sixDay.operationFix', { days: dayList(missingForSixDayOperation(w.days), true) });
          } else if (!w.pass) {
            const missing = WEEKDAYS.filter((d) => !w.days.includes(d));
            const warehouse = settings.warehouses[w.warehouseIndex];
            const services = warehouse ? deliverySuggestions(warehouse, missing) : [];
            const params = { need: 6 - w.days.length, days: dayList(missing, true) };
            fix = services.length
              ? t('weekend.sixDay.deliveryFix', { ...params, services: services.map((s) => t(`catalog.service.${s}`)).join(t('weekend.listSeparator')) })
              : t('weekend.sixDay.deliveryFixNoSuggestion', params);
          }
          return (
            <Box key={w.warehouseId} data-testid={`six-day-${kind}-warehouse`}>
              <Typography variant="body2">{said}</Typography>
              {fix && (
                <Typography variant="body2" sx={{ mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'error.main' }} data-testid={`six-day-${kind}-fix`}>
                  {fix}
                </Typography>
              )}
            </Box>
          );
        })}
      </Stack>
    </Paper>
  );
}
