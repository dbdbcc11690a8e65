import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useStore } from '../../store';

/** Tells the user what happened to their workspace at start: created, upgraded, or recovered. */
export function StartupNotice() {
  const { t } = useTranslation();
  const startup = useStore((s) => s.info?.startup);
  const dismissed = useStore((s) => s.startupNoticeDismissed);
  const dismiss = useStore((s) => s.dismissStartupNotice);
  if (!startup || dismissed || startup.status === 'ok') return null;
  const severity = startup.status === 'restored' || startup.status === 'recreated' ? 'warning' : 'info';
  const text = t(`startup.${startup.status}`, {
    from: startup.fromVersion ?? 0,
    to: startup.toVersion,
    quarantined: startup.quarantinedPath ?? '',
    backup: startup.restoredFrom ?? '',
  });
  return (
    <Alert
      severity={severity}
      role={severity === 'warning' ? 'alert' : 'status'}
      data-testid="startup-notice"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={dismiss}>
          {t('startup.dismiss')}
        </Button>
      }
    >
      {text}
    </Alert>
  );
}
