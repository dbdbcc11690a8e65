import { useState } from 'react';
import { textOf, useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useStore } from '../../store';
import { returnDeadline, type ReturnStatus } from '../../../../shared/returns/deadlines';
import { claimDeadline } from '../../../../shared/returns/safeT';
import { ReturnForm } from './ReturnForm';
import { ClaimForm } from './ClaimForm';
import { formatDay, useReturnsView } from './useReturnsView';

/** Row colours by urgency: overdue stands out, due today is marked, the rest is plain. */
const urgencySx = (status: string) =>
  status === 'overdue'
    ? {
        bgcolor: (th: { palette: { mode: string } }) =>
          th.palette.mode === 'dark' ? 'rgba(244,67,54,0.22)' : '#fdecea',
        '& td': { fontWeight: 600 },
      }
    : status === 'dueToday'
      ? {
          bgcolor: (th: { palette: { mode: string } }) =>
            th.palette.mode === 'dark' ? 'rgba(255,152,0,0.18)' : '#fff4e5',
        }
      : {};

/**
 * What is due after a sale: the returns register (refund by two business days after arrival) and
 * the SAFE-T claims (answer within seven days, dispute once within seven days), in the warehouse's
 * calendar and time zone, with overdue items first and highlighted.
 */
export function ReturnsPage() {
  const { t, lang } = useT();
  const register = useStore((s) => s.register);
  const error = useStore((s) => s.returnsError);
  const outcome = useStore((s) => s.returnsImport);
  const undoCount = useStore((s) => s.returnsUndoStack.length);
  const scenarioId = useStore((s) => s.doc?.scenarioId ?? null);
  const importReport = useStore((s) => s.importReturnsReport);
  const exportCsv = useStore((s) => s.exportReturnsCsv);
  const undo = useStore((s) => s.returnsUndo);
  const { calendar, today, due } = useReturnsView();
  const warehouses = useStore((s) => s.doc?.settings.warehouses) ?? [];
  const setWarehouse = useStore((s) => s.setReturnsWarehouse);
  const [editing, setEditing] = useState<{ kind: 'return' | 'claim'; id: number | null; key: number } | null>(null);
  const day = (d: string) => (d ? formatDay(d, lang) : '—');

  if (!calendar || scenarioId === null) return <Alert severity="info">{t('returns.page.noPlan')}</Alert>;
  const returns = register?.returns ?? [];
  const claims = register?.claims ?? [];
  const rank: Record<ReturnStatus, number> = { overdue: 0, dueToday: 1, due: 2, awaiting: 3, refunded: 4 };
  const rows = returns
    .map((r) => ({ ...r, d: returnDeadline(r.entry, calendar, today) }))
    .sort((a, b) => rank[a.d.status] - rank[b.d.status] || a.d.refundBy.localeCompare(b.d.refundBy) || a.id - b.id);
  const editedReturn =
    editing?.kind === 'return' && editing.id !== null ? returns.find((r) => r.id === editing.id) : undefined;
  const editedClaim =
    editing?.kind === 'claim' && editing.id !== null ? claims.find((c) => c.id === editing.id) : undefined;
  const newKey = () => Date.now();

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h1" sx={{ fontSize: '1.8rem', mb: 1 }}>
          {t('returns.page.title')}
        </Typography>
        <Typography color="text.secondary">{t('returns.page.intro')}</Typography>
        <Typography sx={{ mt: 1 }} data-testid="returns-calendar" data-time-zone={calendar.timeZone} data-today={today}>
          {t('returns.page.calendar', {
            warehouse: calendar.warehouseName,
            timeZone: calendar.timeZone,
            count: calendar.closedDates.length,
            today: formatDay(today, lang),
          })}
        </Typography>
        {warehouses.length > 1 && (
          <FormControl size="small" sx={{ mt: 2, minWidth: 240 }}>
            <InputLabel id="returns-warehouse-label">{t('returns.page.warehouse')}</InputLabel>
            <Select
              labelId="returns-warehouse-label"
              label={t('returns.page.warehouse')}
              value={calendar.warehouseId}
              onChange={(e) => setWarehouse(e.target.value)}
              data-testid="returns-warehouse"
            >
              {warehouses.map((w) => (
                <MenuItem key={w.id} value={w.id} data-testid={`returns-warehouse-${w.id}`}>
                  {`${w.name} (${w.timeZone})`}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        )}
      </Box>

      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant="contained"
          onClick={() => void importReport(scenarioId, calendar.warehouseId)}
          data-testid="returns-import"
        >
          {t('returns.page.import')}
        </Button>
        <Button
          variant="outlined"
          onClick={() => setEditing({ kind: 'return', id: null, key: newKey() })}
          data-testid="returns-add"
        >
          {t('returns.page.addReturn')}
        </Button>
        <Button
          variant="outlined"
          onClick={() => setEditing({ kind: 'claim', id: null, key: newKey() })}
          data-testid="claims-add"
        >
          {t('returns.page.addClaim')}
        </Button>
        <Button
          onClick={() =>
            void exportCsv({ scenarioId, warehouseId: calendar.warehouseId, kind: 'returns', lang, today })
          }
          data-testid="returns-export"
        >
          {t('returns.page.exportReturns')}
        </Button>
        <Button
          onClick={() => void exportCsv({ scenarioId, warehouseId: calendar.warehouseId, kind: 'claims', lang, today })}
          data-testid="claims-export"
        >
          {t('returns.page.exportClaims')}
        </Button>
        <Button
          onClick={() => void undo().then(() => setEditing(null))}
          disabled={undoCount === 0}
          data-testid="returns-undo"
        >
          {t('returns.page.undo')}
        </Button>
      </Stack>

      {outcome?.read && (
        <Alert severity="success" data-testid="returns-outcome">
          {t('returns.page.imported', {
            rows: outcome.read.rows,
            received: outcome.read.received,
            refunded: outcome.read.refunded,
            added: outcome.added,
            updated: outcome.updated,
            unchanged: outcome.unchanged,
            missing: outcome.read.missingColumns.length
              ? outcome.read.missingColumns.map((c) => t(`returns.column.${c}`)).join(', ')
              : t('returns.page.none'),
          })}
          {outcome.read.assumedTimeZone &&
            ` ${t('returns.page.importedZone', { rows: outcome.read.assumedTimeZone.rows, timeZone: outcome.read.assumedTimeZone.timeZone })}`}
        </Alert>
      )}
      {error && (
        <Alert severity="error" data-testid="returns-error" role="alert">
          {textOf(t, error.key, error.params, error.message)}
          {(error.fields ?? []).length > 0 && (
            <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
              {(error.fields ?? []).map((f, i) => (
                <li key={i} data-testid="returns-error-row">
                  {typeof f.params['row'] === 'number' && f.params['row'] > 0
                    ? t('returns.page.problemRow', {
                        row: f.params['row'],
                        field: f.field,
                        message: textOf(t, f.key, f.params, f.message),
                      })
                    : textOf(t, f.key, f.params, f.message)}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}

      <Paper sx={{ p: 2 }} component="section" aria-labelledby="returns-due-title">
        <Typography variant="h2" id="returns-due-title" sx={{ fontSize: '1.3rem', mb: 1 }}>
          {t('returns.due.title')}
        </Typography>
        {due && (
          <Typography sx={{ mb: 1 }} data-testid="returns-counts">
            {t('returns.page.counts', { overdue: due.overdue, dueToday: due.dueToday, upcoming: due.upcoming })}
          </Typography>
        )}
        {due && due.items.length === 0 ? (
          <Typography color="text.secondary">{t('returns.due.empty')}</Typography>
        ) : (
          <Table size="small" aria-labelledby="returns-due-title">
            <TableHead>
              <TableRow>
                <TableCell>{t('returns.col.what')}</TableCell>
                <TableCell>{t('returns.col.order')}</TableCell>
                <TableCell>{t('returns.col.item')}</TableCell>
                <TableCell>{t('returns.col.by')}</TableCell>
                <TableCell>{t('returns.col.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {due?.items.map((item) => (
                <TableRow
                  key={`${item.kind}:${item.key}`}
                  sx={urgencySx(item.status)}
                  data-testid="due-row"
                  data-status={item.status}
                  data-date={item.date}
                >
                  <TableCell>{t(`returns.due.kind.${item.kind}`)}</TableCell>
                  <TableCell>{item.orderId}</TableCell>
                  <TableCell>{item.kind === 'refund' ? item.item || '—' : item.claimId}</TableCell>
                  <TableCell>{day(item.date)}</TableCell>
                  <TableCell>{t(`returns.status.${item.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>

      <Paper sx={{ p: 2 }} component="section" aria-labelledby="returns-register-title">
        <Typography variant="h2" id="returns-register-title" sx={{ fontSize: '1.3rem', mb: 1 }}>
          {t('returns.register.title', { count: returns.length })}
        </Typography>
        {returns.length === 0 ? (
          <Typography color="text.secondary">{t('returns.register.empty')}</Typography>
        ) : (
          <Table size="small" aria-labelledby="returns-register-title">
            <TableHead>
              <TableRow>
                <TableCell>{t('returns.col.order')}</TableCell>
                <TableCell>{t('returns.col.item')}</TableCell>
                <TableCell>{t('returns.col.requested')}</TableCell>
                <TableCell>{t('returns.col.arrived')}</TableCell>
                <TableCell>{t('returns.col.refundBy')}</TableCell>
                <TableCell>{t('returns.col.status')}</TableCell>
                <TableCell>{t('returns.col.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow
                  key={r.id}
                  sx={urgencySx(r.d.status)}
                  data-testid="return-row"
                  data-order={r.entry.orderId}
                  data-item={r.entry.item}
                  data-status={r.d.status}
                  data-refund-by={r.d.refundBy}
                  data-arrived={r.d.arrivedOn}
                >
                  <TableCell>{r.entry.orderId}</TableCell>
                  <TableCell>{r.entry.item || '—'}</TableCell>
                  <TableCell>{day(r.entry.requestedAt.slice(0, 10))}</TableCell>
                  <TableCell>{day(r.d.arrivedOn)}</TableCell>
                  <TableCell>{day(r.d.refundBy)}</TableCell>
                  <TableCell>{t(`returns.status.${r.d.status}`)}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      onClick={() => setEditing({ kind: 'return', id: r.id, key: newKey() })}
                      aria-label={`${t('returns.edit')} ${r.entry.orderId} ${r.entry.item}`}
                      data-testid="return-edit"
                    >
                      {t('returns.edit')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {editing?.kind === 'return' && (editing.id === null || editedReturn) && (
          <ReturnForm
            key={editing.key}
            id={editing.id}
            entry={editedReturn?.entry ?? null}
            calendar={calendar}
            today={today}
            onClose={() => setEditing(null)}
          />
        )}
      </Paper>

      <Paper sx={{ p: 2 }} component="section" aria-labelledby="returns-claims-title">
        <Typography variant="h2" id="returns-claims-title" sx={{ fontSize: '1.3rem', mb: 1 }}>
          {t('returns.claims.title', { count: claims.length })}
        </Typography>
        {claims.length === 0 ? (
          <Typography color="text.secondary">{t('returns.claims.empty')}</Typography>
        ) : (
          <Table size="small" aria-labelledby="returns-claims-title">
            <TableHead>
              <TableRow>
                <TableCell>{t('returns.col.claim')}</TableCell>
                <TableCell>{t('returns.col.order')}</TableCell>
                <TableCell>{t('returns.col.respondBy')}</TableCell>
                <TableCell>{t('returns.col.disputeBy')}</TableCell>
                <TableCell>{t('returns.col.status')}</TableCell>
                <TableCell>{t('returns.col.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {claims.map((c) => {
                const d = claimDeadline(c.claim, today);
                return (
                  <TableRow
                    key={c.id}
                    sx={urgencySx(d.urgency)}
                    data-testid="claim-row"
                    data-claim={c.claim.claimId}
                    data-status={d.status}
                  >
                    <TableCell>{c.claim.claimId}</TableCell>
                    <TableCell>{c.claim.orderId || '—'}</TableCell>
                    <TableCell>{day(d.respondBy)}</TableCell>
                    <TableCell>{day(d.disputeBy)}</TableCell>
                    <TableCell>{t(`returns.claimStatus.${d.status}`)}</TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        onClick={() => setEditing({ kind: 'claim', id: c.id, key: newKey() })}
                        aria-label={`${t('returns.edit')} ${c.claim.claimId}`}
                        data-testid="claim-edit"
                      >
                        {t('returns.edit')}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
        {editing?.kind === 'claim' && (editing.id === null || editedClaim) && (
          <ClaimForm
            key={editing.key}
            id={editing.id}
            claim={editedClaim?.claim ?? null}
            today={today}
            onClose={() => setEditing(null)}
          />
        )}
      </Paper>
    </Stack>
  );
}
