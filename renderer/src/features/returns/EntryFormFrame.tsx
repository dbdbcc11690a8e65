import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../app/i18n/useT';

/**
 * The frame of the return and claim forms: an outlined section titled by its heading, the fields
 * and notices, then a footer saying whether the entry is saved, with the form's own buttons, Delete
 * (once the entry exists) and Close. Test ids follow the kind: `return-form`, `claim-delete`…
 */
export function EntryFormFrame({
  kind,
  title,
  status,
  actions,
  onDelete,
  onClose,
  children,
}: {
  kind: 'return' | 'claim';
  title: string;
  /** "Saved as you type." or why the entry is not saved. */
  status: string;
  /** Buttons before Delete and Close. */
  actions?: ReactNode;
  /** Null while the entry has never been saved (nothing to delete). */
  onDelete: (() => void) | null;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mt: 2 }}
      component="section"
      aria-labelledby={`${kind}-form-title`}
      data-testid={`${kind}-form`}
    >
      <Typography variant="h3" id={`${kind}-form-title`} sx={{ fontSize: '1.1rem', mb: 1 }}>
        {title}
      </Typography>
      {children}
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {status}
        </Typography>
        {actions}
        {onDelete && (
          <Button color="error" onClick={onDelete} data-testid={`${kind}-delete`}>
            {t('returns.delete')}
          </Button>
        )}
        <Button onClick={onClose} data-testid={`${kind}-close`}>
          {t('returns.close')}
        </Button>
      </Stack>
    </Paper>
  );
}
