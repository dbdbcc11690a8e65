import { useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { call } from '../../lib/api';
import { useStore } from '../../store';

export interface ExportOutcomeValue {
  severity: 'success' | 'info';
  text: string;
  /** The file an export just wrote, when it wrote one. */
  file?: string | null;
}

/**
 * What an export did, and what to do next with the file: in the desktop app, open it or show it in
 * its folder (export:reveal, which only takes a file this session wrote); in a browser, where the
 * file went to the browser's downloads and the page cannot reach it, say where to find it.
 */
export function ExportOutcome({ outcome }: { outcome: ExportOutcomeValue }) {
  const { t } = useT();
  const canReveal = useStore((s) => s.info?.fileActions ?? false);
  const notify = useStore((s) => s.notify);
  const file = outcome.file;
  const reveal = async (action: 'open' | 'showInFolder') => {
    if (!file) return;
    const res = await call('export:reveal', { path: file, action });
    if (!res.ok) notify({ severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params });
  };
  return (
    <Alert
      severity={outcome.severity}
      action={
        file && canReveal ? (
          <Stack direction="row" spacing={1}>
            <Button color="inherit" size="small" onClick={() => void reveal('open')} data-testid="export-open">
              {t('reports.reveal.open')}
            </Button>
            <Button color="inherit" size="small" onClick={() => void reveal('showInFolder')} data-testid="export-show">
              {t('reports.reveal.showInFolder')}
            </Button>
          </Stack>
        ) : undefined
      }
    >
      {outcome.text}
      {file && !canReveal && (
        <Typography variant="body2" component="span" data-testid="export-browser-note">
          {' '}
          {t('reports.reveal.browser')}
        </Typography>
      )}
    </Alert>
  );
}
