import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useStore } from '../../store';
import { PROGRESS_DELAY_MS } from '../../components/useLate';

// Where the delay was first defined; the Reports page and the compare view share it from components/.
export { PROGRESS_DELAY_MS };

/**
 * The progress of a window of several weeks being simulated (week N of M) with Cancel, shown once
 * the run has lasted PROGRESS_DELAY_MS. Cancel stops the engine worker between weeks and puts the
 * picker back on the window whose figures are on screen.
 */
export function WindowProgress() {
  const { t } = useT();
  const running = useStore((s) => s.simulation.status === 'running');
  const progress = useStore((s) => s.simulation.progress);
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!running) return setLate(false);
    const timer = setTimeout(() => setLate(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [running]);
  if (!running || !late || !progress) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} data-testid="window-progress">
      <LinearProgress
        variant="determinate"
        value={(100 * progress.done) / progress.total}
        aria-label={t('simulation.window.progressLabel')}
        sx={{ flex: 1, maxWidth: 360 }}
      />
      <Typography variant="body2" color="text.secondary">
        {t('simulation.window.progress', { done: progress.done, total: progress.total })}
      </Typography>
      <Button
        size="small"
        variant="outlined"
        onClick={() => useStore.getState().cancelSimulation()}
        data-testid="window-cancel"
      >
        {t('simulation.window.cancel')}
      </Button>
    </Stack>
  );
}
