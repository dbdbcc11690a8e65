import { useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useStore } from '../../store';

/**
 * Tells the user what happened to their workspace at start: created, upgraded, recovered (from
 * damage or a missing file), opened read-only, or a backup that could not be written.
 */
export function StartupNotice() {
  const { t } = useT();
  const startup = useStore((s) => s.info?.startup);
  const dismissed = useStore((s) => s.startupNoticeDismissed);
  const dismiss = useStore((s) => s.dismissStartupNotice);
  if (!startup || dismissed) return null;
  const messages: { key: string; severity: 'info' | 'warning'; text: string }[] = [];
  if (startup.status !== 'ok') {
    // A lost workspace file has its own wording, only ever for a restore or a re-creation.
    const key =
      startup.cause === 'missing' && (startup.status === 'restored' || startup.status === 'recreated')
        ? (`startup.${startup.status}Missing` as const)
        : (`startup.${startup.status}` as const);
    messages.push({
      key: 'status',
      severity: startup.status === 'restored' || startup.status === 'recreated' ? 'warning' : 'info',
      text: t(key, {
        from: startup.fromVersion ?? 0,
        to: startup.toVersion,
        quarantined: startup.quarantinedPath ?? '',
        backup: startup.restoredFrom ?? '',
      }),
    });
  }
  if (startup.readOnly) messages.push({ key: 'readOnly', severity: 'warning', text: t('startup.readOnly') });
  if (startup.backupProblem)
    messages.push({
      key: 'backup',
      severity: 'warning',
      text: t('startup.backupFailed', { reason: startup.backupProblem }),
    });
  if (messages.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="startup-notice">
      {messages.map((m) => (
        <Alert
          key={m.key}
          severity={m.severity}
          role={m.severity === 'warning' ? 'alert' : 'status'}
          action={
            <Button color="inherit" size="small" onClick={dismiss}>
              {t('startup.dismiss')}
            </Button>
          }
        >
          {m.text}
        </Alert>
      ))}
    </Stack>
  );
}
