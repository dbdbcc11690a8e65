import Alert from '@mui/material/Alert';
import type { Settings } from '../../../../shared/domain/settings';
import type { SimulationResult } from '../../../../shared/engine/simulate';
import { useT } from '../../app/i18n/useT';
import { windowOf } from '../../store/simulationSlice';
import { useWeekEvents, useWeekText } from './WeekPicker';

/**
 * The advisor judges plans over the typical week only (shared/advisor has no week or range option), so
 * while the page above shows a real week, a window or a date range, its "Now" figures differ from the
 * cards: this note names the period shown so the two are not read as one.
 */
export function AdvisorWeekNote({
  settings,
  result,
}: {
  settings: Settings | undefined;
  result: SimulationResult | null;
}) {
  const { t } = useT();
  const shown = windowOf(result);
  const range = shown?.range ?? null;
  const week = shown?.week ?? null;
  const weeks = shown?.weeks ?? 1;
  const events = useWeekEvents(settings, range ? null : week, weeks, range);
  const text = useWeekText();
  if (!shown || (week === null && range === null)) return null;
  return (
    <Alert severity="info" data-testid="advisor-week-note">
      {t('advisor.typicalNotShown', { period: text.named(week, events, weeks, range) })}
    </Alert>
  );
}
