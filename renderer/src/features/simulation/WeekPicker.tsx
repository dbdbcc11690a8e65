import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { builtInHoliday } from '../../../../shared/catalog/holidays';
import { addDays } from '../../../../shared/time/civilDate';
import type { Settings } from '../../../../shared/domain/settings';
import { checkIsoDate, MAX_DATE, MIN_DATE } from '../../../../shared/time/dateTime';
import { mondayOf } from '../../../../shared/domain/week';
import { specialWeeks, weekEvents, type WeekEvent } from '../../../../shared/engine/simulatedWeek';
import { MAX_WINDOW_WEEKS } from '../../../../shared/engine/simulateWindow';
import { useStore } from '../../store';

/*
 * Which week the figures are for. The picker and the "which week" line are the same on the
 * Simulation page, the compare view and the Reports page, all bound to the store's one `week`, so
 * the three never show different weeks.
 */

/**
 * The picker lists the weeks with a holiday or closure for the plan from this many weeks back (a
 * recent Thanksgiving is worth comparing with what happened) to this many ahead.
 */
const SPECIAL_WEEKS_BACK = 8;
const SPECIAL_WEEKS_AHEAD = 56;

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Texts naming a week or a window of weeks in the UI language: "Week of 23 Nov 2026 (Thanksgiving Day)". */
export function useWeekText() {
  const { t, language } = useT();
  // Day before month in both languages ("23 Nov 2026", "23 nov. 2026"): no 11/23 vs 23/11 doubt.
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  // Built-in holidays are stored by their English name; show them in the user's language.
  const holidayName = (name: string) => {
    const known = builtInHoliday(name);
    if (!known) return name;
    const local = t(`catalog.holiday.${known.key}`);
    return known.observed ? t('catalog.holiday.observed', { name: local }) : local;
  };
  const eventText = (e: WeekEvent) =>
    e.kind === 'closure'
      ? t('simulation.week.closure', { warehouse: e.warehouse, day: day.format(utc(e.date)) })
      : t('simulation.week.holidayOn', { name: holidayName(e.name), day: day.format(utc(e.date)) });
  const names = (events: readonly WeekEvent[]) =>
    [
      ...new Set(
        events.map((e) =>
          e.kind === 'closure' ? t('simulation.week.closureShort', { warehouse: e.warehouse }) : holidayName(e.name),
        ),
      ),
    ].join(', ');
  return {
    /** Short name of a week (or of `weeks` weeks from it), for menus and headings. */
    title(week: string | null, events: readonly WeekEvent[], weeks = 1): string {
      if (week === null) return t('simulation.week.typical');
      const date = long.format(utc(week));
      if (weeks > 1) {
        const to = long.format(utc(addDays(week, 7 * weeks - 1)));
        return events.length === 0
          ? t('simulation.window.title', { weeks, from: date, to })
          : t('simulation.window.titleWith', { weeks, from: date, to, events: names(events) });
      }
      return events.length === 0
        ? t('simulation.week.of', { date })
        : t('simulation.week.ofWith', { date, events: names(events) });
    },
    /** The sentence that says which week (or window of weeks) the figures on screen are for and what it holds. */
    showing(week: string | null, events: readonly WeekEvent[], weeks = 1): string {
      if (week === null) return t('simulation.week.showingTypical');
      const date = long.format(utc(week));
      if (weeks > 1) {
        const to = long.format(utc(addDays(week, 7 * weeks - 1)));
        if (events.length === 0) return t('simulation.window.showingPlain', { weeks, from: date, to });
        return t('simulation.window.showingReal', {
          weeks,
          from: date,
          to,
          count: events.length,
          events: events.map(eventText).join('; '),
        });
      }
      if (events.length === 0) return t('simulation.week.showingPlain', { date });
      return t('simulation.week.showingReal', { date, count: events.length, events: events.map(eventText).join('; ') });
    },
  };
}

/** The holidays and closures of the chosen week, or of the `weeks` weeks from it, for a plan (none for the typical week). */
export function useWeekEvents(settings: Settings | undefined, week: string | null, weeks = 1): WeekEvent[] {
  return useMemo(
    () =>
      settings && week !== null
        ? Array.from({ length: weeks }, (_, i) => weekEvents(settings, addDays(week, 7 * i))).flat()
        : [],
    [settings, week, weeks],
  );
}

/**
 * One line saying which week or window the figures next to it are for: `shown` is the window of the
 * result on screen (while a new one computes, the old figures keep their own label); default the
 * chosen one.
 */
export function WeekShown({
  settings,
  shown,
  testId = 'week-label',
}: {
  settings: Settings | undefined;
  shown?: { week: string | null; weeks: number } | null;
  testId?: string;
}) {
  const chosenWeek = useStore((s) => s.week);
  const chosenWeeks = useStore((s) => s.weeks);
  const week = shown ? shown.week : chosenWeek;
  const weeks = week === null ? 1 : shown ? shown.weeks : chosenWeeks;
  const events = useWeekEvents(settings, week, weeks);
  const text = useWeekText();
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      data-testid={testId}
      data-week={week ?? 'typical'}
      data-weeks={weeks}
    >
      {text.showing(week, events, weeks)}
    </Typography>
  );
}

/**
 * The week picker: the typical week, the coming weeks that have a holiday or closure for this plan,
 * the week already chosen, or any other week by one of its days (Monday to Sunday).
 */
export function WeekPicker({ settings, testId = 'week-select' }: { settings: Settings | undefined; testId?: string }) {
  const { t } = useT();
  const week = useStore((s) => s.week);
  const weeks = useStore((s) => s.weeks);
  const text = useWeekText();
  const [otherOpen, setOtherOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const special = useMemo(
    () =>
      settings
        ? specialWeeks(settings, addDays(todayIso(), -7 * SPECIAL_WEEKS_BACK), SPECIAL_WEEKS_BACK + SPECIAL_WEEKS_AHEAD)
        : [],
    [settings],
  );
  const chosenEvents = useWeekEvents(settings, week);
  const options: { value: string; label: string }[] = [{ value: 'typical', label: text.title(null, []) }];
  for (const w of special) options.push({ value: w.weekStart, label: text.title(w.weekStart, w.events) });
  if (week !== null && !special.some((w) => w.weekStart === week))
    options.push({ value: week, label: text.title(week, chosenEvents) });
  options.push({ value: 'other', label: t('simulation.week.other') });
  const typedState = typed === '' ? 'empty' : /^\d{4}-\d{2}-\d{2}$/.test(typed) ? checkIsoDate(typed) : 'notReal';

  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}
      data-testid={`${testId}-group`}
    >
      <TextField
        select
        size="small"
        label={t('simulation.week.label')}
        value={otherOpen ? 'other' : (week ?? 'typical')}
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'other') return setOtherOpen(true);
          setOtherOpen(false);
          useStore.getState().setWeek(v === 'typical' ? null : v);
        }}
        sx={{ minWidth: 320 }}
        slotProps={{
          select: { SelectDisplayProps: { 'data-testid': testId } as React.HTMLAttributes<HTMLDivElement> },
        }}
      >
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value} data-testid={`week-option-${o.value}`}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
      {otherOpen && (
        <TextField
          type="date"
          size="small"
          label={t('simulation.week.pickDay')}
          value={typed}
          error={typedState === 'notReal' || typedState === 'outOfRange'}
          helperText={
            typedState === 'outOfRange' || typedState === 'notReal'
              ? t('simulation.week.badDate', { min: MIN_DATE, max: MAX_DATE })
              : t('simulation.week.pickDayHelp')
          }
          onChange={(e) => {
            const v = e.target.value;
            setTyped(v);
            // Only a real date in range changes the week; anything else stays on screen with its message.
            if (/^\d{4}-\d{2}-\d{2}$/.test(v) && checkIsoDate(v) === 'ok') {
              useStore.getState().setWeek(mondayOf(v));
              setOtherOpen(false);
              setTyped('');
            }
          }}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { min: MIN_DATE, max: MAX_DATE, 'data-testid': `${testId}-date` },
          }}
          sx={{ minWidth: 200 }}
        />
      )}
      <TextField
        select
        size="small"
        label={t('simulation.window.label')}
        value={week === null ? 1 : weeks}
        disabled={week === null}
        helperText={week === null ? t('simulation.window.needsRealWeek') : t('simulation.window.help')}
        onChange={(e) => useStore.getState().setWeeks(Number(e.target.value))}
        sx={{ minWidth: 180, maxWidth: 260 }}
        slotProps={{
          select: { SelectDisplayProps: { 'data-testid': `${testId}-weeks` } as React.HTMLAttributes<HTMLDivElement> },
          // The help says why the field is disabled, so it must stay readable: MUI greys a disabled
          // field's helper text below the 4.5:1 contrast axe asks for.
          formHelperText: { sx: { '&.Mui-disabled': { color: 'text.secondary' } } },
        }}
      >
        {Array.from({ length: MAX_WINDOW_WEEKS }, (_, i) => i + 1).map((n) => (
          <MenuItem key={n} value={n} data-testid={`weeks-option-${n}`}>
            {t('simulation.window.weeks', { count: n })}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
