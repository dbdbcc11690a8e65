import { useT } from '../../app/i18n/useT';
import { HelpTip } from '../../components/HelpTip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useStore } from '../../store';
import { CapabilityBadge, WeekendStatusBadge } from './badges';
import type { WeekendRow } from './weekendView';

/** Declares (or withdraws) a special operating plan for one service and weekend day, as an undoable edit. */
function setSpecialPlan(row: WeekendRow, value: boolean) {
  useStore.getState().edit((draft) => {
    const plan = draft.warehouses[row.warehouseIndex]?.services[row.serviceIndex];
    if (plan && plan.serviceId === row.serviceId) plan.specialPlans[row.day] = value;
  });
}

function HandoverText({ row }: { row: WeekendRow }) {
  const { t } = useT();
  const h = row.handover;
  return (
    <>
      {h.kind === 'pickup'
        ? t('weekend.handover.pickup', { day: row.day, times: h.times.join(t('weekend.listSeparator')) })
        : t('weekend.handover.dropoff', { day: row.day, time: h.latest })}
    </>
  );
}

function SpecialPlanCell({ row }: { row: WeekendRow }) {
  const { t } = useT();
  if (row.capability === 'yes')
    return (
      <Typography variant="body2" color="text.secondary">
        {t('weekend.specialPlan.notApplicable')}
      </Typography>
    );
  if (row.capability === 'no')
    return (
      <Typography variant="body2" color="text.secondary">
        {t('weekend.specialPlan.cannotHelp')}
      </Typography>
    );
  return (
    <FormControlLabel
      control={
        <Switch
          checked={row.specialPlan}
          onChange={(e) => setSpecialPlan(row, e.target.checked)}
          slotProps={{
            input: {
              'aria-label': t('weekend.specialPlan.toggle', {
                carrier: row.carrier,
                service: row.serviceId,
                day: row.day,
                warehouse: row.warehouseName,
              }),
            },
          }}
        />
      }
      label={
        <Typography variant="body2">
          {row.specialPlan ? t('weekend.specialPlan.declared') : t('weekend.specialPlan.notDeclared')}
        </Typography>
      }
    />
  );
}

/** Every weekend handover of the plan with its matrix cell, status, special-plan toggle and fix. */
export function WeekendPlanTable({ rows, showWarehouse }: { rows: readonly WeekendRow[]; showWarehouse: boolean }) {
  const { t } = useT();
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={t('weekend.plan.tableLabel')} data-testid="weekend-plan">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '24%' }}>{t('weekend.col.handover')}</TableCell>
            <TableCell>{t('weekend.col.matrix')}</TableCell>
            <TableCell sx={{ width: '19%' }}>{t('weekend.col.status')}</TableCell>
            <TableCell sx={{ width: '15%' }}>
              {t('weekend.col.specialPlan')}
              <HelpTip term="specialPlan" termLabel={t('weekend.col.specialPlan')} />
            </TableCell>
            <TableCell>{t('weekend.col.fix')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={row.path}
              data-testid="weekend-row"
              data-service={row.serviceId}
              data-day={row.day}
              data-status={row.status}
              data-usable={String(row.usable)}
            >
              <TableCell component="th" scope="row">
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {t(`catalog.service.${row.serviceId}`)}
                </Typography>
                <Typography variant="body2">
                  <HandoverText row={row} />
                </Typography>
                {showWarehouse && (
                  <Typography variant="caption" color="text.secondary">
                    {row.warehouseName}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <CapabilityBadge capability={row.capability} />
              </TableCell>
              <TableCell>
                <WeekendStatusBadge item={row} />
              </TableCell>
              <TableCell>
                <SpecialPlanCell row={row} />
              </TableCell>
              <TableCell data-testid="weekend-fix">
                <Typography
                  variant="body2"
                  color={row.usable && !row.outsideBuyShipping ? 'text.secondary' : 'text.primary'}
                >
                  {t(row.fix.messageKey, row.fix.params)}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
