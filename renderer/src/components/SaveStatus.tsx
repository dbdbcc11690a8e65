import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import SyncIcon from '@mui/icons-material/Sync';
import ErrorIcon from '@mui/icons-material/Error';
import UndoIcon from '@mui/icons-material/Undo';
import { useStore } from '../store';

/** Autosave state, the reason a save failed (the edit stays), Retry, and Undo. */
export function SaveStatus() {
  const { t } = useTranslation();
  const saveState = useStore((s) => s.saveState);
  const saveError = useStore((s) => s.saveError);
  const canUndo = useStore((s) => s.undoStack.length > 0);
  const undo = useStore((s) => s.undo);
  const retrySave = useStore((s) => s.retrySave);
  const reason = saveError ? (saveError.key ? t(saveError.key, { defaultValue: saveError.message }) : saveError.message) : '';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status" aria-live="polite" data-testid="save-status" data-state={saveState}>
      {saveState === 'saved' && <Chip size="small" icon={<CheckCircleIcon />} label={t('save.saved')} color="success" variant="outlined" />}
      {(saveState === 'pending' || saveState === 'saving') && <Chip size="small" icon={<SyncIcon />} label={t(`save.${saveState}`)} variant="outlined" />}
      {saveState === 'error' && (
        <>
          <Chip size="small" icon={<ErrorIcon />} label={t('save.error', { reason })} color="error" />
          <Button size="small" onClick={() => void retrySave()} data-testid="save-retry">
            {t('save.retry')}
          </Button>
        </>
      )}
      <Tooltip title={t('save.undoHint')}>
        <span>
          <Button size="small" startIcon={<UndoIcon />} onClick={undo} disabled={!canUndo} data-testid="undo">
            {t('save.undo')}
          </Button>
        </span>
      </Tooltip>
    </Stack>
  );
}
