import { useT } from '../../app/i18n/useT';
import Typography from '@mui/material/Typography';
import type { Zip5Summary } from '../../../../shared/engine/simulate';

/**
 * Says that the figures come from the ZIP5 simulation (the plan has ZIP5 transit overrides, so the
 * engine worker ran the week over every ZIP5) and that the advisor still searches by ZIP3.
 */
export function Zip5ModeNote({ summary }: { summary: Zip5Summary }) {
  const { t } = useT();
  return (
    <Typography variant="body2" color="text.secondary" data-testid="zip5-mode-note" data-own={summary.withOwnTransit}>
      {t('simulation.zip5.note', { zips: summary.zips })}{' '}
      {t('simulation.zip5.own', { count: summary.withOwnTransit, zip3s: summary.zip3sAffected })}{' '}
      {t('simulation.zip5.advisor')}
    </Typography>
  );
}
