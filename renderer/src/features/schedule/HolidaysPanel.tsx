import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CARRIERS } from '../../../../shared/domain/carrier';
import type { Settings } from '../../../../shared/domain/settings';
import { IsoDateSchema } from '../../../../shared/domain/time';
import { builtInHoliday, carrierHolidaySettings } from '../../../../shared/catalog/holidays';
import { useStore } from '../../store';

interface Props {
  wi: number;
  settings: Settings;
}

/** The warehouse's own closures and the plan's holidays (carrier closures or warehouse holidays). */
export function HolidaysPanel({ wi, settings }: Props) {
  const { t } = useTranslation();
  const edit = useStore((s) => s.edit);
  const notify = useStore((s) => s.notify);
  const warehouse = settings.warehouses[wi]!;
  // Built-in holidays are stored by their English name; show them in the user's language.
  const holidayName = (name: string) => {
    const known = builtInHoliday(name);
    if (!known) return name;
    const local = t(`catalog.holiday.${known.key}`);
    return known.observed ? t('catalog.holiday.observed', { name: local }) : local;
  };
  const [closure, setClosure] = useState('');
  const [holiday, setHoliday] = useState({ date: '', name: '' });
  const latestYear = Math.max(2026, ...settings.holidays.map((h) => Number(h.date.slice(0, 4))));
  const nextYear = settings.holidays.some((h) => h.date.startsWith(String(latestYear)) && h.carriers) ? latestYear + 1 : latestYear;

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="subtitle2" component="h3">{t('schedule.closures', { warehouse: warehouse.name })}</Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
          {warehouse.closures.map((d) => (
            <Chip
              key={d}
              label={d}
              onDelete={() => edit((s) => void (s.warehouses[wi]!.closures = s.warehouses[wi]!.closures.filter((x) => x !== d)))}
              slotProps={{ root: { 'aria-label': t('schedule.closureChip', { date: d }) } }}
            />
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField type="date" size="small" label={t('schedule.closureDate')} value={closure} onChange={(e) => setClosure(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <Button
            variant="outlined"
            disabled={!IsoDateSchema.safeParse(closure).success || warehouse.closures.includes(closure)}
            onClick={() => {
              edit((s) => void (s.warehouses[wi]!.closures = [...s.warehouses[wi]!.closures, closure].sort()));
              setClosure('');
            }}
          >
            {t('schedule.addClosure')}
          </Button>
        </Stack>
      </Stack>

      <Stack spacing={1}>
        <Typography variant="subtitle2" component="h3">{t('schedule.holidaysList')}</Typography>
        {settings.holidays.length === 0 && warehouse.closures.length === 0 && <Typography color="text.secondary">{t('schedule.noHolidays')}</Typography>}
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="holiday-list">
          {settings.holidays.map((h, i) => (
            <Chip
              key={`${h.date}-${i}`}
              variant="outlined"
              label={`${h.date} · ${holidayName(h.name)} · ${h.carriers ? h.carriers.map((c) => t(`catalog.carrier.${c}`)).join(', ') : t('schedule.holidayWarehouse')}`}
              onDelete={() => edit((s) => void s.holidays.splice(i, 1))}
              slotProps={{ root: { 'aria-label': t('schedule.holidayChip', { date: h.date, name: holidayName(h.name) }) } }}
            />
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <TextField type="date" size="small" label={t('schedule.holidayDate')} value={holiday.date} onChange={(e) => setHoliday({ ...holiday, date: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField size="small" label={t('schedule.holidayName')} value={holiday.name} onChange={(e) => setHoliday({ ...holiday, name: e.target.value })} slotProps={{ htmlInput: { maxLength: 120 } }} />
          <Button
            variant="outlined"
            disabled={!IsoDateSchema.safeParse(holiday.date).success || holiday.name.trim() === ''}
            onClick={() => {
              edit((s) => {
                s.holidays.push({ date: holiday.date, name: holiday.name.trim() });
                s.holidays.sort((a, b) => a.date.localeCompare(b.date));
              });
              setHoliday({ date: '', name: '' });
            }}
          >
            {t('schedule.addHoliday')}
          </Button>
          <Button
            onClick={() => {
              const add = carrierHolidaySettings(CARRIERS, [nextYear]).filter((h) => !settings.holidays.some((x) => x.date === h.date && x.carriers));
              edit((s) => {
                s.holidays.push(...add);
                s.holidays.sort((a, b) => a.date.localeCompare(b.date));
              });
              notify({ severity: 'success', text: '', key: 'schedule.carrierHolidaysAdded', params: { count: add.length, year: nextYear } });
            }}
          >
            {t('schedule.addCarrierHolidays', { year: nextYear })}
          </Button>
        </Stack>
      </Stack>
    </Stack>
  );
}
