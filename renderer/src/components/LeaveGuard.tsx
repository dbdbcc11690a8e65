import { useId } from 'react';
import { useT } from '../app/i18n/useT';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useStore } from '../store';

/**
 * Asked when the user goes to another page while a field holds an entry the plan cannot take:
 * stay and fix it (the default), or discard it and go — never a silent loss.
 */
export function LeaveGuard() {
  const { t } = useT();
  const titleId = useId();
  const target = useStore((s) => s.leaveRequest);
  const entries = useStore((s) => s.invalidEntries);
  const answer = useStore((s) => s.answerLeaveRequest);
  const list = Object.values(entries);
  return (
    <Dialog open={target !== null} onClose={() => answer(false)} aria-labelledby={titleId} data-testid="leave-guard">
      <DialogTitle id={titleId}>{t('save.leaveTitle', { count: list.length })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('save.leaveBody')}</DialogContentText>
        <List dense>
          {list.map((e, i) => (
            <ListItem key={i} disableGutters>
              <ListItemText primary={e.label} secondary={e.reason} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button color="error" onClick={() => answer(true)} data-testid="leave-discard">
          {t('save.leaveDiscard')}
        </Button>
        <Button variant="contained" onClick={() => answer(false)} autoFocus data-testid="leave-stay">
          {t('save.leaveStay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
