import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
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
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import DriveFileRenameOutlineIcon from '@mui/icons-material/DriveFileRenameOutline';
import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import type { ScenarioSummary } from '../../../../shared/ipc/contract';
import { useStore } from '../../store';
import { NameDialog } from './NameDialog';
import { ComparePanel } from './ComparePanel';

type Naming = { mode: 'duplicate' | 'rename'; scenario: ScenarioSummary } | null;

/** Read by screen readers, not shown (the tooltip shows it on hover and focus). */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** The workspace's scenarios: open, duplicate, rename, delete, mark live, and compare two. */
export function ScenariosPage() {
  const { t, language } = useT();
  const scenarios = useStore((s) => s.scenarios);
  const currentId = useStore((s) => s.prefs.currentScenarioId);
  const { selectScenario, duplicateScenario, renameScenario, deleteScenario, setLiveScenario, notify } =
    useStore.getState();
  const [naming, setNaming] = useState<Naming>(null);
  const [deleting, setDeleting] = useState<ScenarioSummary | null>(null);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Stack spacing={2}>
      <Typography variant="h1">{t('scenarios.title')}</Typography>
      <Typography color="text.secondary">{t('scenarios.intro')}</Typography>
      <TableContainer component={Paper}>
        <Table size="small" aria-label={t('scenarios.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('scenarios.col.name')}</TableCell>
              <TableCell>{t('scenarios.col.status')}</TableCell>
              <TableCell align="right">{t('scenarios.col.warehouses')}</TableCell>
              <TableCell>{t('scenarios.col.updated')}</TableCell>
              <TableCell align="right">{t('scenarios.col.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {scenarios.map((s) => (
              <TableRow key={s.id} selected={s.id === currentId} data-testid="scenario-row">
                <TableCell component="th" scope="row" sx={{ fontWeight: s.id === currentId ? 600 : 400 }}>
                  {s.name}
                </TableCell>
                <TableCell>
                  {s.isLive ? (
                    <Chip size="small" color="primary" icon={<StarIcon />} label={t('scenarios.live')} />
                  ) : (
                    <Chip size="small" variant="outlined" label={t('scenarios.draft')} />
                  )}
                </TableCell>
                <TableCell align="right">{s.warehouseCount}</TableCell>
                <TableCell>{date.format(new Date(s.updatedAt))}</TableCell>
                <TableCell align="right">
                  <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
                    {s.id === currentId ? (
                      <Typography variant="caption" color="text.secondary" sx={{ px: 1 }}>
                        {t('scenarios.opened')}
                      </Typography>
                    ) : (
                      <Button
                        size="small"
                        aria-label={t('scenarios.openNamed', { name: s.name })}
                        onClick={() => void selectScenario(s.id)}
                      >
                        {t('scenarios.open')}
                      </Button>
                    )}
                    <Tooltip title={t('scenarios.makeLive')}>
                      <span>
                        <IconButton
                          aria-label={t('scenarios.makeLiveNamed', { name: s.name })}
                          disabled={s.isLive}
                          onClick={async () => {
                            if (await setLiveScenario(s.id))
                              notify({
                                severity: 'success',
                                text: '',
                                key: 'scenarios.nowLive',
                                params: { name: s.name },
                              });
                          }}
                        >
                          {s.isLive ? <StarIcon /> : <StarBorderIcon />}
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title={t('scenarios.duplicate')}>
                      <IconButton
                        aria-label={t('scenarios.duplicateNamed', { name: s.name })}
                        onClick={() => setNaming({ mode: 'duplicate', scenario: s })}
                      >
                        <ContentCopyIcon />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={t('scenarios.rename')}>
                      <IconButton
                        aria-label={t('scenarios.renameNamed', { name: s.name })}
                        onClick={() => setNaming({ mode: 'rename', scenario: s })}
                      >
                        <DriveFileRenameOutlineIcon />
                      </IconButton>
                    </Tooltip>
                    {/* The live scenario's Delete stays focusable (aria-disabled, not disabled) so keyboard
                        and screen-reader users reach it and hear why it does nothing. */}
                    <Tooltip
                      title={s.isLive ? t('scenarios.deleteLiveHint') : t('scenarios.delete')}
                      describeChild={s.isLive}
                    >
                      <IconButton
                        aria-label={t('scenarios.deleteNamed', { name: s.name })}
                        aria-disabled={s.isLive || undefined}
                        aria-describedby={s.isLive ? `live-delete-why-${s.id}` : undefined}
                        data-testid={s.isLive ? 'delete-live-scenario' : undefined}
                        sx={s.isLive ? { opacity: 0.45, cursor: 'not-allowed' } : undefined}
                        onClick={() =>
                          s.isLive
                            ? notify({ severity: 'error', text: '', key: 'scenarios.deleteLiveHint' })
                            : setDeleting(s)
                        }
                      >
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                    {s.isLive && (
                      <span id={`live-delete-why-${s.id}`} style={visuallyHidden}>
                        {t('scenarios.deleteLiveHint')}
                      </span>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>

      <ComparePanel
        scenarios={scenarios}
        // The live plan is the baseline (A): a what-if's gains then read as gains. An open what-if is B.
        defaultIds={[
          scenarios.find((s) => s.isLive)?.id ?? currentId,
          currentId !== null && scenarios.find((s) => s.isLive)?.id !== currentId ? currentId : null,
        ]}
      />

      <NameDialog
        open={naming !== null}
        title={
          naming
            ? t(naming.mode === 'duplicate' ? 'scenarios.duplicateTitle' : 'scenarios.renameTitle', {
                name: naming.scenario.name,
              })
            : ''
        }
        initial={
          naming
            ? naming.mode === 'duplicate'
              ? t('scenarios.copyOf', { name: naming.scenario.name })
              : naming.scenario.name
            : ''
        }
        onCancel={() => setNaming(null)}
        onSubmit={(name) =>
          naming!.mode === 'duplicate'
            ? duplicateScenario(naming!.scenario.id, name)
            : renameScenario(naming!.scenario.id, name)
        }
        onDone={(outcome) => {
          notify({
            severity: 'success',
            text: '',
            key: naming!.mode === 'duplicate' ? 'scenarios.duplicated' : 'scenarios.renamed',
            params: { name: outcome.scenario.name },
          });
          setNaming(null);
        }}
      />

      <Dialog open={deleting !== null} onClose={() => setDeleting(null)} aria-labelledby="delete-scenario-title">
        <DialogTitle id="delete-scenario-title">
          {t('scenarios.confirmDeleteTitle', { name: deleting?.name ?? '' })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{t('scenarios.confirmDeleteBody')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button autoFocus onClick={() => setDeleting(null)}>
            {t('scenarios.cancel')}
          </Button>
          <Button
            color="error"
            variant="contained"
            data-testid="confirm-delete-scenario"
            onClick={async () => {
              const s = deleting;
              setDeleting(null);
              if (s && (await deleteScenario(s.id)))
                notify({ severity: 'success', text: '', key: 'scenarios.deleted' });
            }}
          >
            {t('scenarios.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
