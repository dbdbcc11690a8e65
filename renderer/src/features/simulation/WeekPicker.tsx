import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { builtInHoliday } from '../../../../shared/domain/holidays';
import { addDays } from '../../../../shared/time/civilDate';
import { DAY_FIRST_LOCALES } from '../../../../shared/i18n/lang';
import type { Settings } from '../../../../shared/domain/settings';
import { checkIsoDate, MAX_DATE, MIN_DATE } from '../../../../shared/time/dateTime';
import { rangeProblem, sundayOf, weekKindOf } from '../../../../shared/domain/week';
import { dayRangeText, periodName, type Period } from '../../../../shared/engine/periodName';
import type { DateRange } from '../../../../shared/engine/simulate';
import { daysBetween } from '../../../../shared/time/civilDate';
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

/**
 * Texts naming a week, a window of weeks or a date range in the UI language: "Sun 22 Nov – Sat 28 Nov 2026
 * (Thanksgiving Day)".
 */
export function useWeekText() {
  const { t, lang } = useT();
  // Day before month in every language ("Thursday 26 November", "jeudi 26 novembre"): no 11/26 vs 26/11 doubt.
  const day = new Intl.DateTimeFormat(DAY_FIRST_LOCALES[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
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
  // The period named as everywhere else: "Sun 22 Nov – Sat 28 Nov 2026", "… (Monday–Sunday week, …)".
  const periodOfChoice = (week: string, weeks: number, range?: DateRange | null): Period =>
    range
      ? { kind: 'range', from: range.from, to: range.to, weeks, days: daysBetween(range.from, range.to) + 1 }
      : { kind: weekKindOf(week), from: week, to: addDays(week, 7 * weeks - 1), weeks, days: 7 * weeks };
  const period = (week: string, weeks: number, range?: DateRange | null) =>
    periodName(periodOfChoice(week, weeks, range), lang, t);
  return {
    /** Short name of a week (or of `weeks` weeks from it), for menus and headings. */
    title(week: string | null, events: readonly WeekEvent[], weeks = 1): string {
      if (week === null) return t('simulation.week.typical');
      const name = period(week, weeks);
      if (events.length === 0) return name;
      // A period already bracketed ("… (4 weeks)") takes its events in the same bracket: one, not two.
      const days = dayRangeText(week, addDays(week, 7 * weeks - 1), lang);
      const note = name.startsWith(`${days} (`) && name.endsWith(')') ? name.slice(days.length + 2, -1) : null;
      return note === null
        ? t('simulation.week.ofWith', { period: name, events: names(events) })
        : t('simulation.week.ofWithNote', { days, note, events: names(events) });
    },
    /** The name of a week, window of weeks (as the week menu gives them) or date range. */
    named(week: string | null, events: readonly WeekEvent[], weeks = 1, range: DateRange | null = null): string {
      return range ? period(sundayOf(range.from), weeks, range) : this.title(week, events, weeks);
    },
    /**
     * The sentence that says which week, window of weeks or date range the figures on screen are for and what it holds.
     */
    showing(week: string | null, events: readonly WeekEvent[], weeks = 1, range: DateRange | null = null): string {
      if (week === null && range === null) return t('simulation.week.showingTypical');
      const name = period(range ? sundayOf(range.from) : week!, weeks, range);
      const listed = { count: events.length, events: events.map(eventText).join('; ') };
      if (range && range.from === range.to)
        return events.length === 0
          ? t('simulation.range.showingDayPlain', { period: name })
          : t('simulation.range.showingDayReal', { period: name, ...listed });
      if (range)
        return events.length === 0
          ? t('simulation.range.showingPlain', { period: name })
          : t('simulation.range.showingReal', { period: name, ...listed });
      if (weeks > 1)
        return events.length === 0
          ? t('simulation.window.showingPlain', { period: name })
          : t('simulation.window.showingReal', { period: name, ...listed });
      return events.length === 0
        ? t('simulation.week.showingPlain', { period: name })
        : t('simulation.week.showingReal', { period: name, ...listed });
    },
  };
}

/**
 * The holidays and closures of the chosen week, of the `weeks` weeks from it, or of the days of a
 * date range, for a plan (none for the typical week).
 */
export function useWeekEvents(
  settings: Settings | undefined,
  week: string | null,
  weeks = 1,
  range: DateRange | null = null,
): WeekEvent[] {
  return useMemo(() => {
    if (!settings) return [];
    if (range) {
      const first = sundayOf(range.from);
      const count = Math.floor(daysBetween(first, range.to) / 7) + 1;
      return Array.from({ length: count }, (_, i) => weekEvents(settings, addDays(first, 7 * i)))
        .flat()
        .filter((e) => e.date >= range.from && e.date <= range.to);
    }
    return week !== null
      ? Array.from({ length: weeks }, (_, i) => weekEvents(settings, addDays(week, 7 * i))).flat()
      : [];
  }, [settings, week, weeks, range]);
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
  shown?: { week: string | null; weeks: number; range?: DateRange | null } | null;
  testId?: string;
}) {
  const chosenWeek = useStore((s) => s.week);
  const chosenWeeks = useStore((s) => s.weeks);
  const chosenRange = useStore((s) => s.range);
  const range = shown ? (shown.range ?? null) : chosenRange;
  const week = shown ? shown.week : chosenWeek;
  const weeks = week === null ? 1 : shown ? shown.weeks : chosenWeeks;
  const events = useWeekEvents(settings, range ? null : week, weeks, range);
  const text = useWeekText();
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      data-testid={testId}
      data-week={range ? 'range' : (week ?? 'typical')}
      data-weeks={weeks}
      data-range={range ? `${range.from}/${range.to}` : undefined}
    >
      {text.showing(range ? null : week, events, weeks, range)}
    </Typography>
  );
}

/**
 * The week picker: the typical week, the coming weeks that have a holiday or closure for this plan,
 * the week already chosen, or any other week by one of its days (Amazon's weeks, Sunday to Saturday);
 * next to it, the weeks judged together or a custom date range.
 */
export function WeekPicker({ settings, testId = 'week-select' }: { settings: Settings | undefined; testId?: string }) {
  const { t } = useT();
  const week = useStore((s) => s.week);
  const weeks = useStore((s) => s.weeks);
  const range = useStore((s) => s.range);
  const text = useWeekText();
  const [otherOpen, setOtherOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [rangeOpen, setRangeOpen] = useState(false);
  const [rangeTyped, setRangeTyped] = useState<{ from: string; to: string }>({ from: '', to: '' });
  // The range fields stay open only while a range is what is shown or being typed: a week chosen
  // anywhere (this menu, a typed day, the weeks judged together, another page's picker) closes them,
  // so the selectors and dates never name a period the figures are not for.
  const closeRange = () => {
    setRangeOpen(false);
    setRangeTyped({ from: '', to: '' });
  };
  const [seen, setSeen] = useState({ week, weeks, range });
  if (seen.week !== week || seen.weeks !== weeks || seen.range !== range) {
    setSeen({ week, weeks, range });
    if (range === null && (rangeOpen || rangeTyped.from !== '' || rangeTyped.to !== '')) closeRange();
  }
  const special = useMemo(
    () =>
      settings
        ? specialWeeks(
            settings,
            addDays(todayIso(), -7 * SPECIAL_WEEKS_BACK),
            SPECIAL_WEEKS_BACK + SPECIAL_WEEKS_AHEAD,
            undefined,
            sundayOf,
          )
        : [],
    [settings],
  );
  const chosenEvents = useWeekEvents(settings, week);
  const options: { value: string; label: string }[] = [{ value: 'typical', label: text.title(null, []) }];
  for (const w of special) options.push({ value: w.weekStart, label: text.title(w.weekStart, w.events) });
  if (week !== null && !special.some((w) => w.weekStart === week))
    options.push({ value: week, label: text.title(week, chosenEvents) });
  // While a date range is chosen, the week menu says so instead of showing the week chosen before it
  // (which the figures are not for); picking any week from the menu leaves the range.
  if (range !== null) options.unshift({ value: 'range', label: t('simulation.week.rangeChosen') });
  options.push({ value: 'other', label: t('simulation.week.other') });
  const typedState = typed === '' ? 'empty' : /^\d{4}-\d{2}-\d{2}$/.test(typed) ? checkIsoDate(typed) : 'notReal';
  const dateState = (v: string) => (v === '' ? 'empty' : /^\d{4}-\d{2}-\d{2}$/.test(v) ? checkIsoDate(v) : 'notReal');
  const fromState = dateState(rangeTyped.from);
  const toState = dateState(rangeTyped.to);
  // Both days real: is the range itself acceptable? Nothing is simulated until it is.
  const rangeState =
    fromState === 'ok' && toState === 'ok' ? rangeProblem(rangeTyped.from, rangeTyped.to) : ('incomplete' as const);
  const typeRange = (next: { from: string; to: string }) => {
    setRangeTyped(next);
    const ok = [next.from, next.to].every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && checkIsoDate(v) === 'ok');
    if (ok && rangeProblem(next.from, next.to) === 'ok') useStore.getState().setRange({ ...next });
  };
  const dateHelp = (state: string, help: string) =>
    state === 'notReal' || state === 'outOfRange'
      ? t('simulation.week.badDate', { min: MIN_DATE, max: MAX_DATE })
      : help;
  const showRange = rangeOpen || range !== null;

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
        value={otherOpen ? 'other' : range !== null ? 'range' : (week ?? 'typical')}
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'range') return;
          if (v === 'other') return setOtherOpen(true);
          setOtherOpen(false);
          closeRange();
          useStore.getState().setWeek(v === 'typical' ? null : v);
        }}
        sx={{ minWidth: 320 }}
        slotProps={{
          select: { SelectDisplayProps: { 'data-testid': testId } as React.HTMLAttributes<HTMLDivElement> },
        }}
      >
        {options.map((o) => (
          <MenuItem
            key={o.value}
            value={o.value}
            data-testid={`week-option-${o.value}`}
            // The range is chosen with the dates beside the menu, not here.
            disabled={o.value === 'range'}
          >
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
              useStore.getState().setWeek(sundayOf(v));
              setOtherOpen(false);
              setTyped('');
              closeRange();
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
        value={showRange ? 'range' : week === null ? 1 : weeks}
        disabled={week === null && !showRange}
        helperText={
          showRange
            ? t('simulation.range.help')
            : week === null
              ? t('simulation.window.needsRealWeek')
              : t('simulation.window.help')
        }
        onChange={(e) => {
          const v = e.target.value as string | number;
          if (v === 'range') {
            setRangeOpen(true);
            return;
          }
          closeRange();
          if (range !== null && week === null) useStore.getState().setWeek(sundayOf(range.from));
          useStore.getState().setWeeks(Number(v));
        }}
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
        <MenuItem value="range" data-testid="weeks-option-range">
          {t('simulation.window.range')}
        </MenuItem>
      </TextField>
      {showRange && (
        <>
          <TextField
            type="date"
            size="small"
            label={t('simulation.range.from')}
            value={rangeTyped.from || range?.from || ''}
            error={fromState === 'notReal' || fromState === 'outOfRange'}
            helperText={dateHelp(fromState, ' ')}
            onChange={(e) => typeRange({ from: e.target.value, to: rangeTyped.to || range?.to || '' })}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { min: MIN_DATE, max: MAX_DATE, 'data-testid': `${testId}-range-from` },
            }}
            sx={{ minWidth: 170 }}
          />
          <TextField
            type="date"
            size="small"
            label={t('simulation.range.to')}
            value={rangeTyped.to || range?.to || ''}
            error={
              toState === 'notReal' ||
              toState === 'outOfRange' ||
              rangeState === 'toBeforeFrom' ||
              rangeState === 'tooLong'
            }
            helperText={
              rangeState === 'toBeforeFrom'
                ? t('simulation.range.backwards')
                : rangeState === 'tooLong'
                  ? t('simulation.range.tooLong', { days: daysBetween(rangeTyped.from, rangeTyped.to) + 1 })
                  : dateHelp(toState, ' ')
            }
            onChange={(e) => typeRange({ from: rangeTyped.from || range?.from || '', to: e.target.value })}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { min: MIN_DATE, max: MAX_DATE, 'data-testid': `${testId}-range-to` },
              formHelperText: { 'data-testid': `${testId}-range-message` } as object,
            }}
            sx={{ minWidth: 170 }}
          />
        </>
      )}
    </Stack>
  );
}
