import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { SERVICE_IDS, type ServiceId } from '../../../../shared/domain/carrier';
import {
  earlierSameExtraDeliveryDay,
  extraDeliveryDayKey,
  type DeliveryArea,
  type ExtraDeliveryDay,
  type Settings,
} from '../../../../shared/domain/settings';
import { WHERE_AVAILABLE, whereAvailableDefault } from '../../../../shared/domain/deliveryCoverage';
import { loadGeo } from '../../../../shared/geo';
import { useStore } from '../../store';
import { useEntry } from '../../components/useEntry';
import { readAreaList, type AreaKind } from './deliveryAreaInput';

/*
 * The plan's extra weekend delivery days (settings.extraDeliveryDays): per service, Saturday or
 * Sunday, delivered "where available" (ShipWeek's default coverage, an assumption shown with its
 * source) or in the states or ZIP3s the user lists. A row is saved only when it is whole: a list
 * that is empty or names an unknown state or ZIP3, or "where available" for a service ShipWeek has
 * no default for, stays on screen with its reason and the save status says Not saved. So does a row
 * that would be the same as another (service, day and area), which the settings file refuses too.
 */

type Day = ExtraDeliveryDay['day'];
type Kind = DeliveryArea['kind'];

const rowId = (i: number) => `extraDays:${i}`;
const listId = (i: number) => `extraDays:${i}:list`;

/**
 * What a new row starts as: the first service and day ShipWeek has a default area for that no row
 * uses "where available" yet (FedEx Home Delivery on Sunday first), so adding a row never repeats one.
 * When every default is taken, the first one: that row then shows it repeats another until changed.
 */
function newRow(rows: readonly ExtraDeliveryDay[]): ExtraDeliveryDay {
  const used = new Set(rows.map(extraDeliveryDayKey));
  const candidates = Object.keys(WHERE_AVAILABLE)
    .map((key): ExtraDeliveryDay => {
      const [serviceId, day] = key.split(':') as [ServiceId, Day];
      return { serviceId, day, area: { kind: 'whereAvailable' } };
    })
    .sort((a, b) => (a.serviceId === 'fedex-home-delivery' ? -1 : b.serviceId === 'fedex-home-delivery' ? 1 : 0));
  return candidates.find((r) => !used.has(extraDeliveryDayKey(r))) ?? candidates[0]!;
}

export function ExtraDeliveryDaysPanel({ settings }: { settings: Settings }) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const rows = settings.extraDeliveryDays;

  const remove = (i: number) => {
    // Entries are kept by row position: the rows from i on move up, so their kept entries go.
    const { invalidEntries, setInvalidEntry } = useStore.getState();
    for (const id of Object.keys(invalidEntries)) {
      const m = /^extraDays:(\d+)/.exec(id);
      if (m && Number(m[1]) >= i) setInvalidEntry(id, null);
    }
    edit((s) => void s.extraDeliveryDays.splice(i, 1));
  };

  return (
    <Stack spacing={1.5} data-testid="extra-days">
      <Typography variant="body2" color="text.secondary">
        {t('schedule.extraDays.intro')}
      </Typography>
      {rows.length === 0 && (
        <Typography variant="body2" data-testid="extra-days-none">
          {t('schedule.extraDays.none')}
        </Typography>
      )}
      {rows.map((row, i) => (
        <ExtraDayRow
          key={i}
          index={i}
          row={row}
          sameAs={earlierSameExtraDeliveryDay(rows, i)}
          onRemove={() => remove(i)}
        />
      ))}
      <div>
        <Button
          variant="outlined"
          startIcon={<AddIcon />}
          data-testid="extra-days-add"
          disabled={rows.length >= 64}
          onClick={() => edit((s) => void s.extraDeliveryDays.push(newRow(s.extraDeliveryDays)))}
        >
          {t('schedule.extraDays.add')}
        </Button>
      </div>
    </Stack>
  );
}

function ExtraDayRow({
  index,
  row,
  sameAs,
  onRemove,
}: {
  index: number;
  row: ExtraDeliveryDay;
  /** The index of an earlier row that is the same as this one (-1 when none). */
  sameAs: number;
  onRemove(): void;
}) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const setInvalidEntry = useStore((s) => s.setInvalidEntry);
  // What the row's selects show; it differs from the plan only while the row is not whole yet.
  const [draft, setDraft] = useState<{ serviceId: ServiceId; day: Day; kind: Kind }>({
    serviceId: row.serviceId,
    day: row.day,
    kind: row.area.kind,
  });
  const planKey = JSON.stringify(row);
  // The row (0-based) this one would repeat, while it does: said under the row as well as in the save status.
  const [repeats, setRepeats] = useState<number | null>(null);
  // The plan changed under the row (undo, another edit): show the plan again, and say so when this
  // row repeats an earlier one (the file would refuse it, so nothing is saved until it changes).
  useEffect(() => {
    setDraft({ serviceId: row.serviceId, day: row.day, kind: row.area.kind });
    setRepeats(sameAs < 0 ? null : sameAs);
    setInvalidEntry(rowId(index), sameAs < 0 ? null : duplicateEntry(row, sameAs));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row's content is planKey
  }, [planKey, index, sameAs]);

  const serviceName = (id: ServiceId) => t(`catalog.service.${id}`);
  const dayName = (d: Day) => t(`catalog.weekday.${d}`);
  const rowLabel = t('schedule.extraDays.rowLabel', { service: serviceName(draft.serviceId), day: dayName(draft.day) });
  const fallback = whereAvailableDefault(draft.serviceId, draft.day);
  const planList = row.area.kind === 'states' ? row.area.states : row.area.kind === 'zip3s' ? row.area.zip3s : null;
  const listOfDraft = row.area.kind === draft.kind ? planList : null;

  /** The entry a row holds when it is the same as row `other` (0-based). */
  function duplicateEntry(r: ExtraDeliveryDay, other: number) {
    return {
      label: t('schedule.extraDays.rowLabel', { service: serviceName(r.serviceId), day: dayName(r.day) }),
      text: t(`schedule.extraDays.kind.${r.area.kind}`),
      reason: t('schedule.extraDays.problem.duplicate', { row: other + 1 }),
    };
  }

  /** Saves the row, unless another row already says the same: then it stays on screen, not saved. */
  const put = (area: DeliveryArea, d = draft) => {
    const next: ExtraDeliveryDay = { serviceId: d.serviceId, day: d.day, area };
    const rows = useStore.getState().doc?.settings.extraDeliveryDays ?? [];
    const other = rows.findIndex((r, i) => i !== index && extraDeliveryDayKey(r) === extraDeliveryDayKey(next));
    setRepeats(other >= 0 ? other : null);
    if (other >= 0) return setInvalidEntry(rowId(index), duplicateEntry(next, other));
    edit((s) => void (s.extraDeliveryDays[index] = next));
  };

  /** A new choice in a select: saved when the row is whole, else kept with its reason. */
  const choose = (next: typeof draft) => {
    setDraft(next);
    setRepeats(null);
    const label = t('schedule.extraDays.rowLabel', { service: serviceName(next.serviceId), day: dayName(next.day) });
    if (next.kind === 'whereAvailable') {
      if (whereAvailableDefault(next.serviceId, next.day)) {
        setInvalidEntry(rowId(index), null);
        return put({ kind: 'whereAvailable' }, next);
      }
      return setInvalidEntry(rowId(index), {
        label,
        text: t('schedule.extraDays.kind.whereAvailable'),
        reason: t('schedule.extraDays.problem.noDefault', {
          service: serviceName(next.serviceId),
          day: dayName(next.day),
        }),
      });
    }
    const list = row.area.kind === next.kind ? planList : null;
    if (list && list.length) {
      setInvalidEntry(rowId(index), null);
      return put(next.kind === 'states' ? { kind: 'states', states: list } : { kind: 'zip3s', zip3s: list }, next);
    }
    setInvalidEntry(rowId(index), { label, text: '', reason: t(`schedule.extraDays.problem.empty.${next.kind}`) });
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} role="group" aria-label={rowLabel} data-testid={`extra-day-${index}`}>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, alignItems: 'flex-start' }}>
        <TextField
          select
          size="small"
          label={t('schedule.extraDays.service')}
          value={draft.serviceId}
          onChange={(e) => choose({ ...draft, serviceId: e.target.value as ServiceId })}
          sx={{ minWidth: 240 }}
          slotProps={{
            select: {
              SelectDisplayProps: {
                'data-testid': `extra-day-${index}-service`,
              } as React.HTMLAttributes<HTMLDivElement>,
            },
          }}
        >
          {SERVICE_IDS.map((id) => (
            <MenuItem key={id} value={id}>
              {serviceName(id)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('schedule.extraDays.day')}
          value={draft.day}
          onChange={(e) => choose({ ...draft, day: e.target.value as Day })}
          sx={{ minWidth: 140 }}
          slotProps={{
            select: {
              SelectDisplayProps: { 'data-testid': `extra-day-${index}-day` } as React.HTMLAttributes<HTMLDivElement>,
            },
          }}
        >
          <MenuItem value="sat">{dayName('sat')}</MenuItem>
          <MenuItem value="sun">{dayName('sun')}</MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          label={t('schedule.extraDays.area')}
          value={draft.kind}
          onChange={(e) => choose({ ...draft, kind: e.target.value as Kind })}
          sx={{ minWidth: 260 }}
          slotProps={{
            select: {
              SelectDisplayProps: {
                'data-testid': `extra-day-${index}-kind`,
                'data-entry-id': rowId(index),
              } as React.HTMLAttributes<HTMLDivElement>,
            },
          }}
        >
          <MenuItem value="whereAvailable" data-testid="area-kind-whereAvailable">
            {t('schedule.extraDays.kind.whereAvailable')}
          </MenuItem>
          <MenuItem value="states" data-testid="area-kind-states">
            {t('schedule.extraDays.kind.states')}
          </MenuItem>
          <MenuItem value="zip3s" data-testid="area-kind-zip3s">
            {t('schedule.extraDays.kind.zip3s')}
          </MenuItem>
        </TextField>
        {draft.kind !== 'whereAvailable' && (
          <AreaListField
            key={`${draft.kind}`}
            index={index}
            kind={draft.kind}
            rowLabel={rowLabel}
            value={listOfDraft ?? undefined}
            onCommit={(list) =>
              put(draft.kind === 'states' ? { kind: 'states', states: list } : { kind: 'zip3s', zip3s: list })
            }
          />
        )}
        <Button
          color="inherit"
          startIcon={<DeleteOutlineIcon />}
          onClick={onRemove}
          aria-label={t('schedule.extraDays.removeLabel', { row: rowLabel })}
          data-testid={`extra-day-${index}-remove`}
        >
          {t('schedule.extraDays.remove')}
        </Button>
      </Stack>
      {repeats !== null && (
        <Typography
          variant="body2"
          color="error"
          sx={{ mt: 1 }}
          role="alert"
          data-testid={`extra-day-${index}-repeats`}
        >
          {t('schedule.extraDays.problem.duplicate', { row: repeats + 1 })}
        </Typography>
      )}
      {draft.kind === 'whereAvailable' && (
        <Typography
          variant="body2"
          color={fallback ? 'text.secondary' : 'error'}
          sx={{ mt: 1 }}
          data-testid={`extra-day-${index}-default`}
          role={fallback ? undefined : 'alert'}
        >
          {fallback
            ? t('schedule.extraDays.defaultArea', {
                share: Math.round(fallback.populationShare * 100),
                source: fallback.source,
                grade: fallback.grade,
              })
            : t('schedule.extraDays.problem.noDefault', {
                service: serviceName(draft.serviceId),
                day: dayName(draft.day),
              })}
        </Typography>
      )}
    </Paper>
  );
}

/** The typed list of states or ZIP3s, through the shared entry mechanism (kept and explained when unusable). */
function AreaListField({
  index,
  kind,
  rowLabel,
  value,
  onCommit,
}: {
  index: number;
  kind: AreaKind;
  rowLabel: string;
  value: string[] | undefined;
  onCommit(list: string[]): void;
}) {
  const { t } = useT();
  const geo = useMemo(() => loadGeo(), []);
  const label = t(`schedule.extraDays.list.${kind}`);
  const { problem, inputProps } = useEntry<string[]>({
    id: listId(index),
    label: `${rowLabel} — ${label}`,
    value,
    format: (v) => v.join(', '),
    read: (text, final) => {
      const r = readAreaList(kind, text, (z) => geo.byZip3.has(z));
      if ('value' in r) return { value: r.value };
      if ('empty' in r) return { empty: true };
      // While typing, "N" on the way to "NY" is not wrong yet: judged when the field is left or Enter.
      if (!final) return { wait: true };
      return { reason: t(`schedule.extraDays.problem.${r.problem.key}`, r.problem.params) };
    },
    commit: (v) => {
      if (v === null) return;
      useStore.getState().setInvalidEntry(rowId(index), null);
      onCommit(v);
    },
    allowEmpty: false,
    emptyReason: t(`schedule.extraDays.problem.empty.${kind}`),
  });
  // Once something is typed, the list's own reading (this field's entry) replaces the row's "list is empty".
  const onChange: typeof inputProps.onChange = (e) => {
    if (e.target.value.trim() !== '') useStore.getState().setInvalidEntry(rowId(index), null);
    inputProps.onChange(e);
  };
  return (
    <TextField
      size="small"
      label={label}
      {...inputProps}
      onChange={onChange}
      error={!!problem}
      helperText={problem ?? t(`schedule.extraDays.listHelp.${kind}`)}
      sx={{ minWidth: 280, flex: 1 }}
      slotProps={{
        htmlInput: {
          'data-testid': `extra-day-${index}-list`,
          'data-entry-id': listId(index),
          autoComplete: 'off',
          spellCheck: false,
          maxLength: 5000,
        },
        formHelperText: { role: problem ? 'alert' : undefined } as object,
      }}
    />
  );
}
