import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { WEEKDAYS, minutesOfDay, timeOfDay, type Weekday } from '../../../../shared/time/dateTime';
import { mondayOf } from '../../../../shared/domain/week';
import { customerClocks } from '../../../../shared/engine/clocks';
import { dayNumber, isoDate } from '../../../../shared/time/timezone';
import type { Warehouse } from '../../../../shared/domain/settings';
import type { Finding } from '../../../../shared/engine/findings';
import { TimeField } from '../../components/TimeField';
import { useFindingText } from '../../components/FindingText';
import { findingsAt } from '../../store/selectors';
import { useStore } from '../../store';
import { copyDay, WEEKDAYS_MON_FRI } from './editSchedule';

interface Props {
  wi: number;
  warehouse: Warehouse;
  findings: Finding[];
}

/** One row per weekday: ships or not, the seller's order cutoff and the cutoff customers see. */
export function DaysTable({ wi, warehouse, findings }: Props) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const notify = useStore((s) => s.notify);
  const text = useFindingText();
  const [menu, setMenu] = useState<{ anchor: HTMLElement; day: Weekday } | null>(null);
  // The East/West readings depend on the date only through DST: the chosen real week, else this week.
  const week = useStore((s) => s.week);
  const monday = week ?? mondayOf(new Date().toISOString().slice(0, 10));

  const doCopy = (from: Weekday, targets: Weekday[]) => {
    const to = targets.filter((d) => d !== from);
    edit((s) => copyDay(s.warehouses[wi]!, from, to));
    notify({
      severity: 'success',
      text: '',
      key: 'schedule.copied',
      params: { day: t(`catalog.weekday.${from}`), count: to.length },
    });
    setMenu(null);
  };

  return (
    <>
      <Table size="small" aria-label={t('schedule.days.tableLabel', { warehouse: warehouse.name })}>
        <TableHead>
          <TableRow>
            <TableCell>{t('schedule.col.day')}</TableCell>
            <TableCell>{t('schedule.col.operating')}</TableCell>
            <TableCell>{t('schedule.col.cutoff')}</TableCell>
            <TableCell>
              {t('schedule.col.customerCutoff')}
              <Typography variant="caption" component="div" color="text.secondary" data-testid="customer-cutoff-clock">
                {t('schedule.col.customerCutoffClock', { zone: warehouse.timeZone })}
              </Typography>
            </TableCell>
            <TableCell align="right">{t('schedule.col.copy')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {WEEKDAYS.map((day) => {
            const dayName = t(`catalog.weekday.${day}`);
            const cutoff = warehouse.cutoffs[day];
            const operating = warehouse.operatingDays.includes(day);
            const here = [...findingsAt(findings, `warehouses.${wi}.cutoffs.${day}`)];
            const customer = cutoff ? timeOfDay(minutesOfDay(cutoff) - warehouse.customerCutoffLeadMinutes) : null;
            const crossesMidnight = cutoff ? minutesOfDay(cutoff) < warehouse.customerCutoffLeadMinutes : false;
            const date = isoDate(dayNumber(monday) + WEEKDAYS.indexOf(day));
            const elsewhere = cutoff
              ? customerClocks(warehouse.timeZone, date, minutesOfDay(cutoff) - warehouse.customerCutoffLeadMinutes)
              : [];
            return (
              <TableRow key={day} data-testid={`day-row-${day}`}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
                  {dayName}
                </TableCell>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={operating}
                    slotProps={{ input: { 'aria-label': t('schedule.operatingLabel', { day: dayName }) } }}
                    onChange={(e) =>
                      edit((s) => {
                        const w = s.warehouses[wi]!;
                        w.operatingDays = e.target.checked
                          ? WEEKDAYS.filter((d) => d === day || w.operatingDays.includes(d))
                          : w.operatingDays.filter((d) => d !== day);
                        if (e.target.checked && !w.cutoffs[day])
                          w.cutoffs[day] = day === 'sat' || day === 'sun' ? '10:30' : '14:00';
                      })
                    }
                  />
                </TableCell>
                <TableCell>
                  <TimeField
                    label={t('schedule.cutoffLabel', { day: dayName })}
                    value={cutoff}
                    allowEmpty
                    testId={`cutoff-${day}`}
                    entryId={`cutoff:${warehouse.id}:${day}`}
                    error={here.length ? here.map(text).join(' ') : undefined}
                    width={130}
                    onCommit={(v) =>
                      edit((s) => {
                        const w = s.warehouses[wi]!;
                        if (v === null) delete w.cutoffs[day];
                        else w.cutoffs[day] = v;
                      })
                    }
                  />
                </TableCell>
                <TableCell>
                  <Typography variant="body2" data-testid={`customer-cutoff-${day}`}>
                    {customer ? `${customer}${crossesMidnight ? ' (−1)' : ''}` : t('schedule.noCutoff')}
                  </Typography>
                  {elsewhere.length > 0 && (
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      component="div"
                      data-testid={`customer-cutoff-coasts-${day}`}
                      sx={{ whiteSpace: 'nowrap' }}
                    >
                      {elsewhere
                        .map((c) =>
                          t(`schedule.clock.${c.id}`, {
                            time: `${c.time}${c.dayShift ? ` (${c.dayShift > 0 ? '+' : '−'}${Math.abs(c.dayShift)})` : ''}`,
                          }),
                        )
                        .join(' · ')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  <IconButton
                    aria-label={t('schedule.copyDay', { day: dayName })}
                    onClick={(e) => setMenu({ anchor: e.currentTarget, day })}
                    size="small"
                  >
                    <ContentCopyIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Menu
        anchorEl={menu?.anchor}
        open={menu !== null}
        onClose={() => setMenu(null)}
        aria-label={menu ? t('schedule.copyTo', { day: t(`catalog.weekday.${menu.day}`) }) : undefined}
      >
        {menu && [
          <MenuItem key="wd" onClick={() => doCopy(menu.day, [...WEEKDAYS_MON_FRI])}>
            {t('schedule.copyWeekdays')}
          </MenuItem>,
          <MenuItem key="op" onClick={() => doCopy(menu.day, warehouse.operatingDays)}>
            {t('schedule.copyAllOperating')}
          </MenuItem>,
          ...WEEKDAYS.filter((d) => d !== menu.day).map((d) => (
            <MenuItem key={d} onClick={() => doCopy(menu.day, [d])}>
              {t('schedule.copyOne', { day: t(`catalog.weekday.${d}`) })}
            </MenuItem>
          )),
        ]}
      </Menu>
    </>
  );
}
