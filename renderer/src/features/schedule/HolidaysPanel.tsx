import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Settings } from '../../../../shared/domain/settings';
import { IsoDateSchema } from '../../../../shared/time/dateTime';
import { builtInHoliday } from '../../../../shared/domain/holidays';
import { useStore } from '../../store';
import { HolidayCalendar } from './HolidayCalendar';

interface Props {
  wi: number;
  settings: Settings;
}

/** The warehouse's own closures, and the year's holidays: built-in carrier days, the plan's own, the reopened. */
export function HolidaysPanel({ wi, settings }: Props) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const warehouse = settings.warehouses[wi]!;
  // Built-in holidays are stored by their English name; show them in the user's language.
  const holidayName = (name: string) => {
    const known = builtInHoliday(name);
    if (!known) return name;
    const local = t(`catalog.holiday.${known.key}`);
    return known.observed ? t('catalog.holiday.observed', { name: local }) : local;
  };
  const [closure, setClosure] = useState('');

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="subtitle2" component="h3">
          {t('schedule.closures', { warehouse: warehouse.name })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
          {warehouse.closures.map((d) => (
            <Chip
              key={d}
              label={d}
              onDelete={() =>
                edit((s) => void (s.warehouses[wi]!.closures = s.warehouses[wi]!.closures.filter((x) => x !== d)))
              }
              slotProps={{ root: { 'aria-label': t('schedule.closureChip', { date: d }) } }}
            />
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            type="date"
            size="small"
            label={t('schedule.closureDate')}
            value={closure}
            onChange={(e) => setClosure(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
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

      <HolidayCalendar settings={settings} holidayName={holidayName} />
    </Stack>
  );
}
