import { useState } from 'react';
import { messageOf, useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useStore } from '../../store';
import { returnDeadline, type ReturnStatus } from '../../../../shared/returns/deadlines';
import { claimDeadline } from '../../../../shared/returns/safeT';
import { PageSection } from '../../components/PageSection';
import { DeadlineTable } from './DeadlineTable';
import { ReturnForm } from './ReturnForm';
import { ClaimForm } from './ClaimForm';
import { formatDay, useReturnsView } from './useReturnsView';

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
  // Closing the form or opening another asks first while it holds typed input it could not save.
  const leaveForm = useStore((s) => s.leaveForm);
  const openEditor = (next: typeof editing) => leaveForm(() => setEditing(next));
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
          onClick={() => openEditor({ kind: 'return', id: null, key: newKey() })}
          data-testid="returns-add"
        >
          {t('returns.page.addReturn')}
        </Button>
        <Button
          variant="outlined"
          onClick={() => openEditor({ kind: 'claim', id: null, key: newKey() })}
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
            notArrived: outcome.read.notArrived,
            toRefund: outcome.read.rows - outcome.read.notArrived - outcome.read.refunded,
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
          {messageOf(t, error.key, error.params, error.message)}
          {(error.fields ?? []).length > 0 && (
            <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
              {(error.fields ?? []).map((f, i) => (
                <li key={i} data-testid="returns-error-row">
                  {typeof f.params['row'] === 'number' && f.params['row'] > 0
                    ? t('returns.page.problemRow', {
                        row: f.params['row'],
                        field: f.field,
                        message: messageOf(t, f.key, f.params, f.message),
                      })
                    : messageOf(t, f.key, f.params, f.message)}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}

      <PageSection id="returns-due-title" title={t('returns.due.title')}>
        {due && (
          <Typography sx={{ mb: 1 }} data-testid="returns-counts">
            {t('returns.page.counts', { overdue: due.overdue, dueToday: due.dueToday, upcoming: due.upcoming })}
          </Typography>
        )}
        <DeadlineTable
          labelledBy="returns-due-title"
          columns={[
            t('returns.col.what'),
            t('returns.col.order'),
            t('returns.col.item'),
            t('returns.col.by'),
            t('returns.col.status'),
          ]}
          rows={(due?.items ?? []).map((item) => ({
            key: `${item.kind}:${item.key}`,
            urgency: item.status,
            testId: 'due-row',
            data: { 'data-status': item.status, 'data-date': item.date },
            cells: [
              t(`returns.due.kind.${item.kind}`),
              item.orderId,
              item.kind === 'refund' ? item.item || '—' : item.claimId,
              day(item.date),
              t(`returns.status.${item.status}`),
            ],
          }))}
          empty={due ? t('returns.due.empty') : undefined}
        />
      </PageSection>

      <PageSection id="returns-register-title" title={t('returns.register.title', { count: returns.length })}>
        <DeadlineTable
          labelledBy="returns-register-title"
          columns={[
            t('returns.col.order'),
            t('returns.col.item'),
            t('returns.col.requested'),
            t('returns.col.arrived'),
            t('returns.col.refundBy'),
            t('returns.col.status'),
            t('returns.col.actions'),
          ]}
          rows={rows.map((r) => ({
            key: r.id,
            urgency: r.d.status,
            testId: 'return-row',
            data: {
              'data-order': r.entry.orderId,
              'data-item': r.entry.item,
              'data-status': r.d.status,
              'data-refund-by': r.d.refundBy,
              'data-arrived': r.d.arrivedOn,
            },
            cells: [
              r.entry.orderId,
              r.entry.item || '—',
              day(r.entry.requestedAt.slice(0, 10)),
              day(r.d.arrivedOn),
              day(r.d.refundBy),
              t(`returns.status.${r.d.status}`),
            ],
            edit: {
              label: `${t('returns.edit')} ${r.entry.orderId} ${r.entry.item}`,
              text: t('returns.edit'),
              testId: 'return-edit',
              onClick: () => openEditor({ kind: 'return', id: r.id, key: newKey() }),
            },
          }))}
          empty={t('returns.register.empty')}
        />
        {editing?.kind === 'return' && (editing.id === null || editedReturn) && (
          <ReturnForm
            key={editing.key}
            id={editing.id}
            entry={editedReturn?.entry ?? null}
            calendar={calendar}
            today={today}
            onClose={() => openEditor(null)}
            onDeleted={() => setEditing(null)}
          />
        )}
      </PageSection>

      <PageSection id="returns-claims-title" title={t('returns.claims.title', { count: claims.length })}>
        <DeadlineTable
          labelledBy="returns-claims-title"
          columns={[
            t('returns.col.claim'),
            t('returns.col.order'),
            t('returns.col.respondBy'),
            t('returns.col.disputeBy'),
            t('returns.col.status'),
            t('returns.col.actions'),
          ]}
          rows={claims.map((c) => {
            const d = claimDeadline(c.claim, today);
            return {
              key: c.id,
              urgency: d.urgency,
              testId: 'claim-row',
              data: { 'data-claim': c.claim.claimId, 'data-status': d.status },
              cells: [
                c.claim.claimId,
                c.claim.orderId || '—',
                day(d.respondBy),
                day(d.disputeBy),
                t(`returns.claimStatus.${d.status}`),
              ],
              edit: {
                label: `${t('returns.edit')} ${c.claim.claimId}`,
                text: t('returns.edit'),
                testId: 'claim-edit',
                onClick: () => openEditor({ kind: 'claim', id: c.id, key: newKey() }),
              },
            };
          })}
          empty={t('returns.claims.empty')}
        />
        {editing?.kind === 'claim' && (editing.id === null || editedClaim) && (
          <ClaimForm
            key={editing.key}
            id={editing.id}
            claim={editedClaim?.claim ?? null}
            today={today}
            onClose={() => openEditor(null)}
            onDeleted={() => setEditing(null)}
          />
        )}
      </PageSection>
    </Stack>
  );
}
