import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CARRIERS, type CarrierId } from '../../../../shared/domain/carrier';
import type { Holiday, Settings } from '../../../../shared/domain/settings';
import { IsoDateSchema } from '../../../../shared/time/dateTime';
import { carrierHolidays } from '../../../../shared/domain/holidays';
import { useStore } from '../../store';

interface Props {
  settings: Settings;
  /** A stored holiday name in the user's language (built-in names are stored in English). */
  holidayName(name: string): string;
}

/** One line of the year's calendar: a built-in carrier holiday (with who reopened it) or one of the plan's own. */
type Row =
  | {
      kind: 'builtIn';
      date: string;
      name: string;
      carriers: { carrier: CarrierId; reopened: boolean }[];
      alsoOwn: number[];
    }
  | { kind: 'own'; date: string; holiday: Holiday; index: number };

type Who = 'warehouse' | 'all' | CarrierId;

/** Years offered: this year and the next two, plus every year the plan holds a day for. */
function yearChoices(settings: Settings, thisYear: number): number[] {
  const years = new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2]);
  for (const h of settings.holidays) years.add(Number(h.date.slice(0, 4)));
  for (const r of settings.reopenedCarrierDays) years.add(Number(r.date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/**
 * The holidays of one year as the engine applies them: the carriers' built-in days (each carrier
 * closed, or reopened by the user), and the plan's own days (carrier or warehouse closures), each with
 * its source. Built-in days cannot be deleted, only reopened per carrier; own days can be removed.
 */
export function HolidayCalendar({ settings, holidayName }: Props) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const notify = useStore((s) => s.notify);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [draft, setDraft] = useState<{ date: string; name: string; who: Who }>({
    date: '',
    name: '',
    who: 'warehouse',
  });
  const carrierName = (c: CarrierId) => t(`catalog.carrier.${c}`);

  const rows = useMemo<Row[]>(() => {
    const builtIn = new Map<string, Extract<Row, { kind: 'builtIn' }>>();
    for (const carrier of CARRIERS) {
      for (const h of carrierHolidays(carrier, year)) {
        const row = builtIn.get(h.date) ?? {
          kind: 'builtIn' as const,
          date: h.date,
          name: h.name,
          carriers: [],
          alsoOwn: [],
        };
        // The plan's own closure of the carrier that day wins over a reopening (as in the engine).
        const ownClosed = settings.holidays.some((o) => o.date === h.date && o.carriers?.includes(carrier));
        row.carriers.push({
          carrier,
          reopened: !ownClosed && settings.reopenedCarrierDays.some((r) => r.date === h.date && r.carrier === carrier),
        });
        builtIn.set(h.date, row);
      }
    }
    const own: Row[] = [];
    settings.holidays.forEach((holiday, index) => {
      if (!holiday.date.startsWith(`${year}-`)) return;
      // A listed day that only repeats built-in closures (files from before holidays added up list whole
      // calendars) is shown on the built-in line rather than twice.
      const same = builtIn.get(holiday.date);
      if (
        same &&
        holiday.carriers &&
        holiday.carriers.length > 0 &&
        holiday.carriers.every((c) => same.carriers.some((b) => b.carrier === c))
      )
        same.alsoOwn.push(index);
      else own.push({ kind: 'own', date: holiday.date, holiday, index });
    });
    // Built-in first on a shared date, so a day reads "what the carriers do, then what you added".
    return [...builtIn.values(), ...own].sort(
      (a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'builtIn' ? -1 : 1),
    );
  }, [settings.holidays, settings.reopenedCarrierDays, year]);

  const setReopened = (date: string, carrier: CarrierId, reopened: boolean) =>
    edit((s) => {
      s.reopenedCarrierDays = s.reopenedCarrierDays.filter((r) => !(r.date === date && r.carrier === carrier));
      if (reopened) {
        s.reopenedCarrierDays.push({ date, carrier });
        s.reopenedCarrierDays.sort(
          (a, b) => a.date.localeCompare(b.date) || CARRIERS.indexOf(a.carrier) - CARRIERS.indexOf(b.carrier),
        );
      }
    });

  const addHoliday = () => {
    const name = draft.name.trim();
    const carriers = draft.who === 'warehouse' ? undefined : draft.who === 'all' ? [...CARRIERS] : [draft.who];
    edit((s) => {
      s.holidays.push(carriers ? { date: draft.date, name, carriers } : { date: draft.date, name });
      s.holidays.sort((a, b) => a.date.localeCompare(b.date));
    });
    notify({ severity: 'success', text: '', key: 'schedule.cal.added', params: { name, date: draft.date } });
    setYear(Number(draft.date.slice(0, 4)));
    setDraft({ date: '', name: '', who: draft.who });
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="subtitle2" component="h3" id="holiday-calendar-title">
          {t('schedule.cal.title', { year })}
        </Typography>
        <TextField
          select
          size="small"
          label={t('schedule.cal.year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ minWidth: 110 }}
        >
          {yearChoices(settings, thisYear).map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('schedule.cal.explain')}
      </Typography>
      <Table size="small" aria-labelledby="holiday-calendar-title" data-testid="holiday-calendar">
        <TableHead>
          <TableRow>
            <TableCell>{t('schedule.cal.date')}</TableCell>
            <TableCell>{t('schedule.cal.name')}</TableCell>
            <TableCell>{t('schedule.cal.closed')}</TableCell>
            <TableCell>{t('schedule.cal.source')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>{t('schedule.cal.empty', { year })}</TableCell>
            </TableRow>
          )}
          {rows.map((row) =>
            row.kind === 'builtIn' ? (
              <TableRow key={`b-${row.date}`} data-source="builtIn" data-date={row.date}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.date}</TableCell>
                <TableCell>{holidayName(row.name)}</TableCell>
                <TableCell>
                  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
                    {row.carriers.map(({ carrier, reopened }) => (
                      <Stack key={carrier} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                        <Chip
                          size="small"
                          color={reopened ? 'success' : 'default'}
                          variant={reopened ? 'outlined' : 'filled'}
                          label={t(reopened ? 'schedule.cal.openCarrier' : 'schedule.cal.closedCarrier', {
                            carrier: carrierName(carrier),
                          })}
                        />
                        <Button
                          size="small"
                          onClick={() => setReopened(row.date, carrier, !reopened)}
                          aria-label={t(reopened ? 'schedule.cal.closeAgainLabel' : 'schedule.cal.reopenLabel', {
                            carrier: carrierName(carrier),
                            date: row.date,
                          })}
                        >
                          {t(reopened ? 'schedule.cal.closeAgain' : 'schedule.cal.reopen', {
                            carrier: carrierName(carrier),
                          })}
                        </Button>
                      </Stack>
                    ))}
                  </Stack>
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                    <span>
                      {t(
                        row.carriers.some((c) => c.reopened)
                          ? 'schedule.cal.sourceReopened'
                          : 'schedule.cal.sourceBuiltIn',
                      )}
                    </span>
                    {row.alsoOwn.length > 0 && (
                      <>
                        <span>{t('schedule.cal.alsoOwn')}</span>
                        <Button
                          size="small"
                          onClick={() =>
                            edit((s) => void (s.holidays = s.holidays.filter((_, i) => !row.alsoOwn.includes(i))))
                          }
                          aria-label={t('schedule.cal.removeOwnCopyLabel', { date: row.date })}
                        >
                          {t('schedule.cal.removeOwnCopy')}
                        </Button>
                      </>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            ) : (
              <TableRow key={`o-${row.index}`} data-source="own" data-date={row.date}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.date}</TableCell>
                <TableCell>{holidayName(row.holiday.name)}</TableCell>
                <TableCell>
                  {row.holiday.carriers
                    ? row.holiday.carriers
                        .map((c) => t('schedule.cal.closedCarrier', { carrier: carrierName(c) }))
                        .join(', ')
                    : t('schedule.holidayWarehouse')}
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <span>{t('schedule.cal.sourceOwn')}</span>
                    <Button
                      size="small"
                      onClick={() => edit((s) => void s.holidays.splice(row.index, 1))}
                      aria-label={t('schedule.cal.removeLabel', {
                        name: holidayName(row.holiday.name),
                        date: row.date,
                      })}
                    >
                      {t('schedule.cal.remove')}
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            ),
          )}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1, pt: 1 }}>
        <TextField
          type="date"
          size="small"
          label={t('schedule.holidayDate')}
          value={draft.date}
          onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          size="small"
          label={t('schedule.holidayName')}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          slotProps={{ htmlInput: { maxLength: 120 } }}
        />
        <TextField
          select
          size="small"
          label={t('schedule.cal.who')}
          value={draft.who}
          onChange={(e) => setDraft({ ...draft, who: e.target.value as Who })}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="warehouse">{t('schedule.cal.whoWarehouse')}</MenuItem>
          <MenuItem value="all">{t('schedule.cal.whoAllCarriers')}</MenuItem>
          {CARRIERS.map((c) => (
            <MenuItem key={c} value={c}>
              {carrierName(c)}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          disabled={!IsoDateSchema.safeParse(draft.date).success || draft.name.trim() === ''}
          onClick={addHoliday}
        >
          {t('schedule.addHoliday')}
        </Button>
      </Stack>
    </Stack>
  );
}
