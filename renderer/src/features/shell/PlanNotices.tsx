import { messageOf, useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useStore } from '../../store';

/**
 * Says what upgrading a plan from an older settings format changed (e.g. holidays that used to replace
 * a carrier's calendar, now kept as reopened days), naming carrier, year and days, until dismissed.
 */
export function PlanNotices() {
  const { t } = useT();
  const planNotices = useStore((s) => s.planNotices);
  const show = useStore((s) => s.showPlanNotices);
  if (!planNotices) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ mb: 2 }}
      data-testid="plan-notices"
      action={
        <Button color="inherit" size="small" onClick={() => show(null)}>
          {t('startup.dismiss')}
        </Button>
      }
    >
      <AlertTitle>{t('planNotices.title', { name: planNotices.scenarioName })}</AlertTitle>
      {planNotices.notices.map((n, i) => (
        <p key={i} style={{ margin: '0.25em 0' }}>
          {messageOf(t, n.messageKey, n.params, n.message)}
        </p>
      ))}
    </Alert>
  );
}
