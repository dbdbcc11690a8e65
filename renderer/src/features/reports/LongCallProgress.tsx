import { useCallback, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ArgOf, TaskProgressDto } from '../../../../shared/ipc/contract';
import { startLongCall, type LongChannel } from '../../lib/longCall';

export interface RunningCall {
  /** Null until main first answers how far it is. */
  progress: TaskProgressDto | null;
  cancelling: boolean;
  cancel(): void;
}

/** Runs one long call at a time and keeps what the progress bar shows. */
export function useLongCall() {
  const [running, setRunning] = useState<RunningCall | null>(null);
  const run = useCallback(async <C extends LongChannel>(channel: C, arg: Omit<ArgOf<C>, 'taskId'>) => {
    const job = startLongCall(channel, arg, (progress) => setRunning((r) => r && { ...r, progress }));
    setRunning({
      progress: null,
      cancelling: false,
      cancel: () => {
        setRunning((r) => r && { ...r, cancelling: true });
        void job.cancel();
      },
    });
    try {
      return await job.done;
    } finally {
      setRunning(null);
    }
  }, []);
  return { running, run };
}

/** The bar, the bytes read and Cancel, while an order report is read in main. */
export function LongCallProgress({ running, testId }: { running: RunningCall; testId: string }) {
  const { t, lang } = useT();
  const p = running.progress;
  const mb = new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const kb = new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const size = (bytes: number) => (bytes < 1e6 ? kb.format(bytes / 1e3) : mb.format(bytes / 1e6));
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const share = p && p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : null;
  const text = running.cancelling
    ? t('reports.progress.cancelling')
    : !p || p.state === 'waiting'
      ? t('reports.progress.waiting')
      : share !== null
        ? t('reports.progress.reading', {
            read: size(p.bytesRead),
            total: size(p.totalBytes),
            percent: percent.format(share),
          })
        : t('reports.progress.readingNoSize', { read: size(p.bytesRead) });
  return (
    <Stack spacing={1} data-testid={testId} data-bytes-read={p?.bytesRead ?? 0} data-total-bytes={p?.totalBytes ?? 0}>
      <Typography variant="body2">{text}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <LinearProgress
          sx={{ flex: 1, maxWidth: 560 }}
          aria-label={t('reports.progress.label')}
          {...(share !== null
            ? { variant: 'determinate' as const, value: Math.round(share * 100) }
            : { variant: 'indeterminate' as const })}
        />
        <Button
          size="small"
          variant="outlined"
          color="warning"
          disabled={running.cancelling}
          onClick={running.cancel}
          data-testid={`${testId}-cancel`}
        >
          {t('reports.progress.cancel')}
        </Button>
      </Stack>
    </Stack>
  );
}
