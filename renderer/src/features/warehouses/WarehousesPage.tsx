import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import { HelpTip } from '../../components/HelpTip';
import { zoneLabel } from '../../../../shared/time/zoneLabels';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import type { Warehouse } from '../../../../shared/domain/settings';
import { WEEKDAYS } from '../../../../shared/time/dateTime';
import { useStore } from '../../store';
import { WarehouseDialog } from './WarehouseDialog';

const NO_WAREHOUSES: Warehouse[] = [];

/** List, add, edit and delete the warehouses of the current scenario (as the open plan has them). */
export function WarehousesPage() {
  const { t, lang } = useT();
  const warehouses = useStore((s) => s.doc?.settings.warehouses) ?? NO_WAREHOUSES;
  const deleteWarehouse = useStore((s) => s.deleteWarehouse);
  const notify = useStore((s) => s.notify);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [editing, setEditing] = useState<Warehouse | null>(null);
  const [confirming, setConfirming] = useState<Warehouse | null>(null);

  const openAdd = () => {
    setEditing(null);
    setDialogOpen(true);
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h1">{t('warehouses.title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={openAdd} data-testid="warehouse-add">
          {t('warehouses.add')}
        </Button>
      </Stack>
      <Typography color="text.secondary">{t('warehouses.intro')}</Typography>
      {warehouses.length === 0 ? (
        <Paper sx={{ p: 3 }}>
          <Typography>{t('warehouses.empty')}</Typography>
        </Paper>
      ) : (
        <TableContainer component={Paper}>
          <Table aria-label={t('warehouses.tableLabel')} size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('warehouses.col.name')}</TableCell>
                <TableCell>{t('warehouses.col.zip')}</TableCell>
                <TableCell>
                  {t('warehouses.col.timeZone')}
                  <HelpTip term="timeZone" termLabel={t('warehouses.col.timeZone')} />
                </TableCell>
                <TableCell>{t('warehouses.col.days')}</TableCell>
                <TableCell align="right">{t('warehouses.col.services')}</TableCell>
                <TableCell align="right">{t('warehouses.col.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {warehouses.map((w) => (
                <TableRow key={w.id} data-testid="warehouse-row">
                  <TableCell component="th" scope="row">
                    {w.name}
                  </TableCell>
                  <TableCell>{w.zip}</TableCell>
                  <TableCell>
                    {zoneLabel(w.timeZone, lang)}
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {w.timeZone}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {WEEKDAYS.filter((d) => w.operatingDays.includes(d))
                      .map((d) => t(`weekday.${d}`))
                      .join(', ')}
                  </TableCell>
                  <TableCell align="right">{w.services.filter((s) => s.enabled).length}</TableCell>
                  <TableCell align="right">
                    <Tooltip title={t('warehouses.edit')}>
                      <IconButton
                        aria-label={t('warehouses.editNamed', { name: w.name })}
                        onClick={() => {
                          setEditing(w);
                          setDialogOpen(true);
                        }}
                      >
                        <EditIcon />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={t('warehouses.delete')}>
                      <IconButton
                        aria-label={t('warehouses.deleteNamed', { name: w.name })}
                        onClick={() => setConfirming(w)}
                      >
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      <WarehouseDialog
        open={dialogOpen}
        editing={editing}
        onClose={() => setDialogOpen(false)}
        onSaved={(w) => {
          setDialogOpen(false);
          notify({ severity: 'success', text: '', key: 'warehouses.saved', params: { name: w.name } });
        }}
      />

      <Dialog open={confirming !== null} onClose={() => setConfirming(null)} aria-labelledby="confirm-delete-title">
        <DialogTitle id="confirm-delete-title">
          {t('warehouses.confirmDeleteTitle', { name: confirming?.name ?? '' })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{t('warehouses.confirmDeleteBody')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(null)} autoFocus>
            {t('warehouses.cancel')}
          </Button>
          <Button
            color="error"
            variant="contained"
            data-testid="confirm-delete"
            onClick={async () => {
              const w = confirming;
              setConfirming(null);
              if (w && (await deleteWarehouse(w.id)))
                notify({ severity: 'success', text: '', key: 'warehouses.deleted', params: { name: w.name } });
            }}
          >
            {t('warehouses.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
