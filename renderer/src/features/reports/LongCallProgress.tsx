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

/** What a long call does: read an order report, read a carrier transit file, or simulate an export's weeks. */
export type LongCallKind = 'orders' | 'transit' | 'export';

/**
 * The bar, how far (bytes read, or weeks simulated for an export) and Cancel, while a long call runs
 * in main. The text is announced politely to screen readers as it changes.
 */
export function LongCallProgress({
  running,
  testId,
  kind = 'orders',
}: {
  running: RunningCall;
  testId: string;
  kind?: LongCallKind;
}) {
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
  const weeks = p?.weeksTotal ? { done: p.weeksDone ?? 0, total: p.weeksTotal } : null;
  const share =
    kind === 'export'
      ? weeks && Math.min(1, weeks.done / weeks.total)
      : p && p.totalBytes > 0
        ? Math.min(1, p.bytesRead / p.totalBytes)
        : null;
  const reading = (what: 'orders' | 'transit') => {
    if (!p) return '';
    const keys =
      what === 'orders'
        ? ({ sized: 'reports.progress.reading', unsized: 'reports.progress.readingNoSize' } as const)
        : ({ sized: 'reports.progress.transit.reading', unsized: 'reports.progress.transit.readingNoSize' } as const);
    return share !== null
      ? t(keys.sized, { read: size(p.bytesRead), total: size(p.totalBytes), percent: percent.format(share) })
      : t(keys.unsized, { read: size(p.bytesRead) });
  };
  const exporting = () =>
    !weeks
      ? t('reports.progress.export.preparing')
      : weeks.done < weeks.total
        ? // The week being simulated is the one after those done.
          t('reports.progress.export.weeks', { done: weeks.done + 1, total: weeks.total })
        : t('reports.progress.export.writing');
  const text = running.cancelling
    ? t('reports.progress.cancelling')
    : !p || p.state === 'waiting'
      ? kind === 'export'
        ? t('reports.progress.export.preparing')
        : t('reports.progress.waiting')
      : kind === 'export'
        ? exporting()
        : reading(kind);
  const label =
    kind === 'orders'
      ? t('reports.progress.label')
      : kind === 'transit'
        ? t('reports.progress.transit.label')
        : t('reports.progress.export.label');
  return (
    <Stack
      spacing={1}
      data-testid={testId}
      data-bytes-read={p?.bytesRead ?? 0}
      data-total-bytes={p?.totalBytes ?? 0}
      data-weeks-done={weeks?.done ?? 0}
      data-weeks-total={weeks?.total ?? 0}
    >
      <Typography variant="body2" aria-live="polite">
        {text}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <LinearProgress
          sx={{ flex: 1, maxWidth: 560 }}
          aria-label={label}
          {...(share !== null
            ? { variant: 'determinate' as const, value: Math.round(share * 100) }
            : { variant: 'indeterminate' as const })}
        />
        <Button
          size="small"
          variant="outlined"
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
