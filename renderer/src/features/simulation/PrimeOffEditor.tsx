import { checkedKey, useT, type T } from '../../app/i18n/useT';
import Typography from '@mui/material/Typography';
import type { Settings } from '../../../../shared/domain/settings';
import { MAX_PRIME_OFF_PERIODS, PrimeOffPeriodsSchema, type PrimeOffPeriod } from '../../../../shared/domain/primeOff';
import type { SimulationResult } from '../../../../shared/engine/simulate';
import { describePrimeOff } from '../../../../shared/engine/primeOffText';
import { addDays } from '../../../../shared/time/civilDate';
import { dayNumber, isoDate } from '../../../../shared/time/timezone';
import { EntryTextField } from '../../components/EntryTextField';
import { PageSection } from '../../components/PageSection';
import { RowsEditor } from '../../components/RowsEditor';
import { TimeZonePicker } from '../../components/TimeZonePicker';
import { useStore } from '../../store';
import { useFormat } from './format';

/*
 * The plan's Prime-off periods, kept small: one row per period (off from, back on at, the clock they
 * are read on, a note), saved as typed like every plan field. An entry the list cannot take (an end
 * before its start, an overlap, an unknown zone) stays on screen with the schema's own reason.
 */

type Field = 'start' | 'end' | 'timeZone' | 'note';
/** The fields typed as text; the time zone is picked from a list. */
type TextFieldName = Exclude<Field, 'timeZone'>;

/** Writes the list, dropping the field when it is empty (a file without it means "Prime never off"). */
function setPeriods(draft: Settings, periods: PrimeOffPeriod[]) {
  if (periods.length === 0) delete draft.primeOffPeriods;
  else draft.primeOffPeriods = periods;
}

/** The translated reason the schema gives for `field` of period `index` with `candidate` in place, or null. */
function problemWith(
  periods: readonly PrimeOffPeriod[],
  index: number,
  candidate: PrimeOffPeriod,
  t: T,
): string | null {
  const list = periods.map((p, i) => (i === index ? candidate : p));
  const checked = PrimeOffPeriodsSchema.safeParse(list);
  if (checked.success) return null;
  const issue = checked.error.issues.find((i) => i.path[0] === index) ?? checked.error.issues[0]!;
  const params = (issue as { params?: Record<string, string> }).params;
  return params?.messageKey ? t(checkedKey(params.messageKey), params) : issue.message;
}

/**
 * The Prime-off section of the Simulation page: what the simulation shown did with the periods (the
 * same sentence as the report and the CLI), then the editor.
 */
export function PrimeOffEditor({ settings, result }: { settings: Settings; result: SimulationResult | null }) {
  const { t } = useT();
  const f = useFormat();
  const edit = useStore((s) => s.edit);
  const periods = settings.primeOffPeriods ?? [];
  const said = result ? describePrimeOff(result, periods.length, t, f.percent) : null;
  const setPeriod = (i: number, change: (p: PrimeOffPeriod) => PrimeOffPeriod) =>
    edit((d) => {
      const list = [...(d.primeOffPeriods ?? [])];
      list[i] = change(list[i]!);
      setPeriods(d, list);
    });
  const add = () =>
    edit((d) => {
      const list = d.primeOffPeriods ?? [];
      // A day after the last period's end, else tomorrow; on the last period's clock, else the first warehouse's.
      const last = list.at(-1);
      const from = addDays(last ? last.end.slice(0, 10) : new Date().toISOString().slice(0, 10), 1);
      const timeZone = last?.timeZone ?? d.warehouses[0]?.timeZone ?? 'America/New_York';
      setPeriods(d, [...list, { start: `${from}T00:00`, end: `${addDays(from, 1)}T00:00`, timeZone }]);
    });
  const remove = (i: number) =>
    edit((d) =>
      setPeriods(
        d,
        (d.primeOffPeriods ?? []).filter((_, j) => j !== i),
      ),
    );

  return (
    <PageSection
      id="prime-off-title"
      title={t('primeOff.title')}
      intro={t('primeOff.intro')}
      spacing={1}
      testId="prime-off"
    >
      {said && (
        <Typography variant="body2" data-testid="prime-off-effect">
          {said}
        </Typography>
      )}
      <RowsEditor
        rows={periods}
        label={t('primeOff.tableLabel')}
        columns={[t('primeOff.col.start'), t('primeOff.col.end'), t('primeOff.col.timeZone'), t('primeOff.col.note')]}
        cells={(_, i) => [
          ...(['start', 'end'] as const).map((field) => ({
            content: (
              <PeriodField index={i} field={field} periods={periods} onCommit={(next) => setPeriod(i, () => next)} />
            ),
            minWidth: 190,
          })),
          {
            content: <PeriodZoneField index={i} periods={periods} onCommit={(next) => setPeriod(i, () => next)} />,
            minWidth: 280,
          },
          {
            content: (
              <PeriodField index={i} field="note" periods={periods} onCommit={(next) => setPeriod(i, () => next)} />
            ),
            minWidth: 100,
          },
        ]}
        alignTop
        empty={<Typography variant="body2">{t('primeOff.none')}</Typography>}
        removeLabel={(i) => t('primeOff.remove', { index: i + 1 })}
        onRemove={remove}
        addLabel={t('primeOff.add')}
        onAdd={add}
        full={periods.length >= MAX_PRIME_OFF_PERIODS}
        testId="prime-off"
      />
    </PageSection>
  );
}

/** Minutes of a local 'YYYY-MM-DDTHH:MM' on its own clock (no zone: only differences are used). */
const localMinutes = (t: string) =>
  dayNumber(t.slice(0, 10)) * 1440 + Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
const localText = (m: number) =>
  `${isoDate(Math.floor(m / 1440))}T${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * The period with one field changed. A start moved to or past the end carries the end along (same
 * length), as calendars do, so typing a new date into "off from" never makes the row invalid.
 */
function withField(p: PrimeOffPeriod, field: Field, value: string | null): PrimeOffPeriod {
  if (field === 'note') {
    const { note: _old, ...rest } = p;
    return value ? { ...rest, note: value } : rest;
  }
  if (field === 'start' && value !== null && localMinutes(p.end) <= localMinutes(value)) {
    return {
      ...p,
      start: value,
      end: localText(localMinutes(value) + Math.max(60, localMinutes(p.end) - localMinutes(p.start))),
    };
  }
  return { ...p, [field]: value ?? p[field] };
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})$/;

/** One cell of a period typed as text (its start, end or note), saved once the whole list accepts it. */
function PeriodField({
  index,
  field,
  periods,
  onCommit,
}: {
  index: number;
  field: TextFieldName;
  periods: readonly PrimeOffPeriod[];
  onCommit: (period: PrimeOffPeriod) => void;
}) {
  const { t } = useT();
  const period = periods[index]!;
  const isTime = field !== 'note';
  return (
    <EntryTextField<PrimeOffPeriod>
      id={`primeOff:${index}:${field}`}
      label={t(`primeOff.${field}Label`, { index: index + 1 })}
      value={period}
      format={(p) => (isTime ? p[field].replace('T', ' ') : (p.note ?? ''))}
      read={(raw, final) => {
        const text = raw.trim();
        if (text === '') return { empty: true };
        let value = text;
        if (isTime) {
          const m = DATE_TIME.exec(text);
          if (!m) return final ? { reason: t('primeOff.badDateTime') } : { wait: true };
          value = `${m[1]}T${m[2]!.padStart(2, '0')}:${m[3]}`;
        }
        const next = withField(period, field, value);
        const reason = problemWith(periods, index, next, t);
        return reason ? { reason } : { value: next };
      }}
      commit={(v) => onCommit(v ?? withField(period, field, null))}
      allowEmpty={field === 'note'}
      emptyReason={t('primeOff.badDateTime')}
      help={isTime ? t('primeOff.dateTimeHelp') : undefined}
      testId={`prime-off-${field}`}
      maxLength={field === 'note' ? 120 : 64}
    />
  );
}

/**
 * A period's clock, picked from the searchable list of zones. A zone that would make the list
 * overlap stays on screen with the schema's reason and is recorded as an entry not saved, as the
 * typed fields do.
 */
function PeriodZoneField({
  index,
  periods,
  onCommit,
}: {
  index: number;
  periods: readonly PrimeOffPeriod[];
  onCommit: (period: PrimeOffPeriod) => void;
}) {
  const { t } = useT();
  const setInvalidEntry = useStore((s) => s.setInvalidEntry);
  const entryId = `primeOff:${index}:timeZone`;
  const kept = useStore((s) => s.invalidEntries[entryId]);
  const period = periods[index]!;
  const label = t('primeOff.timeZoneLabel', { index: index + 1 });
  return (
    <TimeZonePicker
      value={kept?.text ?? period.timeZone}
      onChange={(id) => {
        const next = withField(period, 'timeZone', id);
        const reason = problemWith(periods, index, next, t);
        setInvalidEntry(entryId, reason ? { label, text: id, reason } : null);
        if (!reason) onCommit(next);
      }}
      label={label}
      helperText={t('primeOff.timeZoneHelp', { id: kept?.text ?? period.timeZone })}
      error={kept?.reason}
      size="small"
      testId="prime-off-timeZone"
    />
  );
}
