import { messageOf, useT } from '../app/i18n/useT';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import SyncIcon from '@mui/icons-material/Sync';
import ErrorIcon from '@mui/icons-material/Error';
import UndoIcon from '@mui/icons-material/Undo';
import { useStore } from '../store';

/** The field holding an invalid entry, if it is on this page (inputs carry data-entry-id). */
function fieldOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"]`);
}

/**
 * Autosave state, the reason a save failed (the edit stays), Retry, and Undo. While a field holds
 * an entry the plan cannot take, it says "Not saved" and why (the first entry; Show goes to it),
 * never "All changes saved": nothing is saved until the entry is fixed or undone.
 */
export function SaveStatus() {
  const { t } = useT();
  const invalid = useStore((s) => s.invalidEntries);
  const invalidIds = Object.keys(invalid);
  const storeState = useStore((s) => s.saveState);
  const saveState = invalidIds.length > 0 ? 'invalid' : storeState;
  const saveError = useStore((s) => s.saveError);
  const canUndo = useStore((s) => s.undoStack.length > 0 || Object.keys(s.invalidEntries).length > 0);
  const undo = useStore((s) => s.undo);
  const retrySave = useStore((s) => s.retrySave);
  const reason = saveError ? messageOf(t, saveError.key, undefined, saveError.message) : '';
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center' }}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={saveState}
    >
      {saveState === 'saved' && (
        <Chip size="small" icon={<CheckCircleIcon />} label={t('save.saved')} color="success" variant="outlined" />
      )}
      {(saveState === 'pending' || saveState === 'saving') && (
        <Chip size="small" icon={<SyncIcon />} label={t(`save.${saveState}`)} variant="outlined" />
      )}
      {saveState === 'invalid' && (
        <>
          <Chip
            size="small"
            icon={<ErrorIcon />}
            color="error"
            data-testid="save-invalid"
            label={t('save.invalid', {
              count: invalidIds.length,
              label: invalid[invalidIds[0]!]!.label,
              reason: invalid[invalidIds[0]!]!.reason,
            })}
            sx={{ height: 'auto', maxWidth: 640, '& .MuiChip-label': { whiteSpace: 'normal', py: 0.5 } }}
          />
          {fieldOf(invalidIds[0]!) && (
            <Tooltip title={t('save.invalidShowHint')}>
              <Button size="small" onClick={() => fieldOf(invalidIds[0]!)?.focus()} data-testid="save-invalid-show">
                {t('save.invalidShow')}
              </Button>
            </Tooltip>
          )}
        </>
      )}
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
