import { useEffect, useId, useState } from 'react';
import { messageOf, useT } from '../../app/i18n/useT';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import type { NameOutcome } from '../../store/scenariosSlice';

interface Props {
  open: boolean;
  title: string;
  initial: string;
  onCancel(): void;
  onSubmit(name: string): Promise<NameOutcome>;
  onDone(outcome: Extract<NameOutcome, { ok: true }>): void;
}

/** Asks for a scenario name; an empty or taken name is explained inline and nothing is written. */
export function NameDialog({ open, title, initial, onCancel, onSubmit, onDone }: Props) {
  const { t } = useT();
  const titleId = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setName(initial);
      setError(null);
    }
  }, [open, initial]);

  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return setError(t('scenarios.error.nameRequired'));
          const outcome = await onSubmit(name);
          if (outcome.ok) onDone(outcome);
          else setError(messageOf(t, outcome.key, outcome.params, outcome.error));
        }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={t('scenarios.nameLabel')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={error !== null}
            helperText={error ?? ' '}
            slotProps={{ htmlInput: { maxLength: 120, 'data-testid': 'scenario-name' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{t('scenarios.cancel')}</Button>
          <Button type="submit" variant="contained" data-testid="scenario-name-save">
            {t('scenarios.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
