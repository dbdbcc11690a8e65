import { useT } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Weekday } from '../../../../shared/time/dateTime';
import { WEEKDAYS } from '../../../../shared/time/dateTime';
import type { Settings } from '../../../../shared/domain/settings';
import type { SixDayVerdict } from '../../../../shared/engine/weekend';
import {
  describeDeliveredWeekdays,
  SIX_DAY_DELIVERY_MIN_DAYS,
  type DeliveredWeekdays,
} from '../../../../shared/engine/deliveredWeekdays';
import { SubHeading } from '../../components/SubSection';
import { VerdictBadge } from './badges';
import { deliverySuggestions, missingForSixDayOperation } from './weekendView';

/** Days in week order, short ("Mon") for lists of what is, long ("Saturday") for what to add. */
function useDayList() {
  const { t } = useT();
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
  const { t } = useT();
  const dayList = useDayList();
  return (
    <Paper sx={{ p: 2, flex: 1, minWidth: 0 }} data-testid={`six-day-${kind}`}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <SubHeading sx={{ mr: 1 }}>{t(`weekend.sixDay.${kind}`)}</SubHeading>
          <VerdictBadge
            pass={verdict.pass}
            passLabel={t('weekend.sixDay.pass')}
            failLabel={t('weekend.sixDay.fail')}
            testId={`six-day-${kind}-verdict`}
          />
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {required
            ? t('weekend.sixDay.required', { policy: policyName })
            : t('weekend.sixDay.notRequired', { policy: policyName })}
        </Typography>
        {verdict.warehouses.length === 0 && <Typography variant="body2">{t('weekend.sixDay.noWarehouse')}</Typography>}
        {verdict.warehouses.map((w) => {
          const name = settings.warehouses[w.warehouseIndex]?.name ?? w.warehouseId;
          const said =
            w.days.length === 0
              ? t(kind === 'operation' ? 'weekend.sixDay.shipsOnNone' : 'weekend.sixDay.deliversOnNone', {
                  warehouse: name,
                })
              : t(kind === 'operation' ? 'weekend.sixDay.shipsOn' : 'weekend.sixDay.deliversOn', {
                  warehouse: name,
                  days: dayList(w.days),
                  count: w.days.length,
                });
          let fix: string | null = null;
          if (!w.pass && kind === 'operation') {
            fix = t('weekend.sixDay.operationFix', { days: dayList(missingForSixDayOperation(w.days), true) });
          } else if (!w.pass) {
            const missing = WEEKDAYS.filter((d) => !w.days.includes(d));
            const warehouse = settings.warehouses[w.warehouseIndex];
            const services = warehouse ? deliverySuggestions(warehouse, missing) : [];
            const params = { need: 6 - w.days.length, days: dayList(missing, true) };
            fix = services.length
              ? t('weekend.sixDay.deliveryFix', {
                  ...params,
                  services: services.map((s) => t(`catalog.service.${s}`)).join(t('weekend.listSeparator')),
                })
              : t('weekend.sixDay.deliveryFixNoSuggestion', params);
          }
          return (
            <Box key={w.warehouseId} data-testid={`six-day-${kind}-warehouse`}>
              <Typography variant="body2">{said}</Typography>
              {fix && (
                <Typography
                  variant="body2"
                  sx={{ mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'error.main' }}
                  data-testid={`six-day-${kind}-fix`}
                >
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

/**
 * Six-day delivery as the simulation judges it: the weekdays this plan's promises deliver on in the
 * typical week (not the days its services could deliver), each missing one with its reason, and
 * what would add it.
 */
export function DeliveredCard({
  delivered,
  required,
  policyName,
  settings,
}: {
  delivered: DeliveredWeekdays;
  required: boolean;
  policyName: string;
  settings: Settings;
}) {
  const { t } = useT();
  const dayList = useDayList();
  const lines = describeDeliveredWeekdays(delivered, t);
  const noService = delivered.missing.filter((m) => m.reason === 'noService').map((m) => m.day);
  const neverPromised = delivered.missing.filter((m) => m.reason === 'neverPromised').map((m) => m.day);
  const need = Math.max(0, SIX_DAY_DELIVERY_MIN_DAYS - delivered.days.length);
  const warehouse = settings.warehouses[0];
  const services = warehouse && noService.length ? deliverySuggestions(warehouse, noService) : [];
  return (
    <Paper sx={{ p: 2, flex: 1, minWidth: 0 }} data-testid="six-day-delivery">
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <SubHeading sx={{ mr: 1 }}>{t('weekend.sixDay.delivery')}</SubHeading>
          <VerdictBadge
            pass={delivered.pass}
            passLabel={t('weekend.sixDay.pass')}
            failLabel={t('weekend.sixDay.fail')}
            testId="six-day-delivery-verdict"
          />
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {required
            ? t('weekend.sixDay.required', { policy: policyName })
            : t('weekend.sixDay.notRequired', { policy: policyName })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('weekend.sixDay.deliveredBasis')}
        </Typography>
        {settings.warehouses.length === 0 ? (
          <Typography variant="body2">{t('weekend.sixDay.noWarehouse')}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="six-day-delivery-days">
            {lines.map((line) => (
              <Typography component="li" variant="body2" key={line}>
                {line}
              </Typography>
            ))}
          </Box>
        )}
        {!delivered.pass && need > 0 && (
          <Typography
            variant="body2"
            sx={{ mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'error.main' }}
            data-testid="six-day-delivery-fix"
          >
            {[
              noService.length > 0 &&
                (services.length
                  ? t('weekend.sixDay.deliveryFix', {
                      need,
                      days: dayList(noService, true),
                      services: services.map((s) => t(`catalog.service.${s}`)).join(t('weekend.listSeparator')),
                    })
                  : t('weekend.sixDay.deliveryFixNoSuggestion', { need, days: dayList(noService, true) })),
              neverPromised.length > 0 && t('weekend.sixDay.neverPromisedFix', { days: dayList(neverPromised, true) }),
            ]
              .filter(Boolean)
              .join(' ')}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}
