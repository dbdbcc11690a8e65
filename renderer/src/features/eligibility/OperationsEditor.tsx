import { LOCALES, decimalSeparator } from '../../../../shared/i18n/lang';
import { useRef, useState } from 'react';
import { checkedKey, useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  CARRIER_NAMES,
  CARRIERS,
  SERVICE_IDS,
  type CarrierId,
  type ServiceId,
} from '../../../../shared/domain/carrier';
import type { DisruptionWeek, Operations, TransitSpread } from '../../../../shared/domain/operations';
import {
  DISRUPTION_REASONS,
  disruptedCarriers,
  DisruptionWeekSchema,
  MAX_DISRUPTION_EXTRA_DAYS,
  MAX_DISRUPTION_WEEKS,
  MAX_TRANSIT_SPREADS,
} from '../../../../shared/domain/operations';
import { nextWindowStart } from '../../../../shared/eligibility/horizon';
import { addDays } from '../../../../shared/time/civilDate';
import type { Settings } from '../../../../shared/domain/settings';
import { SERVICES } from '../../../../shared/catalog/services';
import { defaultSpreadShares } from '../../../../shared/catalog/transitSpread';
import { OPERATIONS_DEFAULTS, resolveOperations } from '../../../../shared/eligibility/operations';
import { formatSharesPercent, parseSharesPercent } from '../../../../shared/eligibility/sharesText';
import { mergeSpreads, parseSmartRateJson } from '../../../../shared/eligibility/smartRate';
import { NumberField } from '../../components/NumberField';
import { EntryTextField } from '../../components/EntryTextField';
import { PageSection } from '../../components/PageSection';
import { SubSection } from '../../components/SubSection';
import { RowsEditor } from '../../components/RowsEditor';
import { useStore } from '../../store';
import { useFormat } from '../simulation/format';

/*
 * The plan's operations (how the warehouse really runs) and transit spread (how long carriers
 * really take), edited where the horizon uses them. Every entry saves as it is typed, like the rest
 * of the plan (undo, "Not saved" for an entry the plan cannot take); an emptied rate goes back to
 * its default, which the field names.
 */

type RateKey = Exclude<keyof Operations, 'sources' | 'weeklyOrders' | 'disruption'>;
const RATES: readonly RateKey[] = [
  'missedPickupShare',
  'cancellationRate',
  'buyShippingShare',
  'validTrackingRate',
  'otdrProtectedShare',
];
const PERCENT = { min: 0, max: 100, step: 0.001 };
const ORDERS = { min: 0, max: 1_000_000, step: 1 };
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Writes one operations figure (null = back to the default), dropping an empty operations block. */
function setOperation(draft: Settings, key: RateKey | 'weeklyOrders', value: number | null) {
  const ops: Operations = { sources: {}, ...draft.operations };
  if (value === null) delete ops[key];
  else ops[key] = value;
  const { sources, ...figures } = ops;
  draft.operations = Object.keys(figures).length === 0 && Object.keys(sources).length === 0 ? undefined : ops;
  if (draft.operations === undefined) delete draft.operations;
}

export function OperationsEditor({ settings }: { settings: Settings }) {
  const { t } = useT();
  const f = useFormat();
  const edit = useStore((s) => s.edit);
  const resolved = resolveOperations(settings);
  const ops = settings.operations;
  const num = new Intl.NumberFormat(LOCALES[f.lang], { maximumFractionDigits: 3 });
  return (
    <PageSection
      id="operations-title"
      title={t('eligibility.ops.title')}
      intro={t('eligibility.ops.intro')}
      spacing={1}
      testId="eligibility-operations"
    >
      {/* One child of the section's stack, so the spread and disruption blocks keep their own top margins. */}
      <Box sx={{ pt: 1 }}>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'flex-start' }}>
          <NumberField
            label={t('eligibility.ops.weeklyOrders')}
            value={ops?.weeklyOrders}
            limits={ORDERS}
            allowEmpty
            width={230}
            entryId="operations:weeklyOrders"
            testId="ops-weeklyOrders"
            helperText={t(`eligibility.ops.origin.${resolved.origin.weeklyOrders}`, {
              value: num.format(resolved.weeklyOrders),
            })}
            onCommit={(v) => edit((d) => setOperation(d, 'weeklyOrders', v))}
          />
          {RATES.map((key) => (
            <NumberField
              key={key}
              label={t(`eligibility.ops.${key}`)}
              value={ops?.[key] === undefined ? undefined : round6(ops[key] * 100)}
              limits={PERCENT}
              unit="%"
              allowEmpty
              width={230}
              entryId={`operations:${key}`}
              testId={`ops-${key}`}
              helperText={
                resolved.origin[key] === 'settings'
                  ? t('eligibility.ops.defaultIs', { value: num.format(round6(OPERATIONS_DEFAULTS[key] * 100)) })
                  : t('eligibility.ops.usingDefault', { value: num.format(round6(OPERATIONS_DEFAULTS[key] * 100)) })
              }
              onCommit={(v) => edit((d) => setOperation(d, key, v === null ? null : round6(v / 100)))}
            />
          ))}
        </Stack>
        <SpreadEditor settings={settings} />
        <DisruptionEditor settings={settings} />
      </Box>
    </PageSection>
  );
}

const ZONES = ['all', 1, 2, 3, 4, 5, 6, 7, 8] as const;
const MONTHS = ['all', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The plan's own transit spread rows: service, zone, month and the shares per transit day, typed as percentages. */
function SpreadEditor({ settings }: { settings: Settings }) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const rows = settings.transitSpread ?? [];
  const enabled = [
    ...new Set(settings.warehouses.flatMap((w) => w.services.filter((p) => p.enabled).map((p) => p.serviceId))),
  ];
  const setRow = (i: number, change: (r: TransitSpread) => TransitSpread) =>
    edit((d) => {
      const list = [...(d.transitSpread ?? [])];
      list[i] = change(list[i]!);
      d.transitSpread = list;
    });
  const add = () =>
    edit((d) => {
      // A row for the first service the plan uses that has none yet, at its default (zone 5, a normal month) to edit
      // from.
      const used = new Set((d.transitSpread ?? []).map((r) => r.serviceId));
      const serviceId: ServiceId = enabled.find((s) => !used.has(s)) ?? enabled[0] ?? SERVICE_IDS[0];
      const info = SERVICES[serviceId];
      const shares = defaultSpreadShares(info.carrier, 1, info.transitByZone[4]!);
      let n = shares.length;
      while (n > 1 && shares[n - 1] === 0) n--;
      d.transitSpread = [...(d.transitSpread ?? []), { serviceId, shares: shares.slice(0, n).map(round6) }];
    });
  const remove = (i: number) =>
    edit((d) => {
      const list = (d.transitSpread ?? []).filter((_, j) => j !== i);
      if (list.length === 0) delete d.transitSpread;
      else d.transitSpread = list;
    });

  return (
    <SubSection
      title={t('eligibility.spread.title')}
      intro={rows.length === 0 ? t('eligibility.spread.none') : t('eligibility.spread.intro')}
      testId="eligibility-spread"
    >
      <RowsEditor
        rows={rows}
        label={t('eligibility.spread.tableLabel')}
        columns={[
          t('eligibility.spread.col.service'),
          t('eligibility.spread.col.zone'),
          t('eligibility.spread.col.month'),
          t('eligibility.spread.col.shares'),
        ]}
        cells={(r, i) => [
          {
            content: (
              <TextField
                select
                size="small"
                value={r.serviceId}
                onChange={(e) => setRow(i, (x) => ({ ...x, serviceId: e.target.value as ServiceId }))}
                label={t('eligibility.spread.col.service')}
                sx={{ minWidth: 220 }}
              >
                {SERVICE_IDS.map((id) => (
                  <MenuItem key={id} value={id}>
                    {t(`catalog.service.${id}`)}
                  </MenuItem>
                ))}
              </TextField>
            ),
          },
          {
            content: (
              <TextField
                select
                size="small"
                value={r.zone ?? 'all'}
                onChange={(e) =>
                  setRow(i, ({ zone: _z, ...x }) =>
                    e.target.value === 'all' ? x : { ...x, zone: Number(e.target.value) },
                  )
                }
                label={t('eligibility.spread.col.zone')}
                sx={{ minWidth: 110 }}
              >
                {ZONES.map((z) => (
                  <MenuItem key={z} value={z}>
                    {z === 'all' ? t('eligibility.spread.allZones') : z}
                  </MenuItem>
                ))}
              </TextField>
            ),
          },
          {
            content: (
              <TextField
                select
                size="small"
                value={r.month ?? 'all'}
                onChange={(e) =>
                  setRow(i, ({ month: _m, ...x }) =>
                    e.target.value === 'all' ? x : { ...x, month: Number(e.target.value) },
                  )
                }
                label={t('eligibility.spread.col.month')}
                sx={{ minWidth: 130 }}
              >
                {MONTHS.map((m) => (
                  <MenuItem key={m} value={m}>
                    {m === 'all' ? t('eligibility.spread.allMonths') : t(`eligibility.spread.month.${m}`)}
                  </MenuItem>
                ))}
              </TextField>
            ),
          },
          {
            content: (
              <SharesField index={i} shares={r.shares} onCommit={(shares) => setRow(i, (x) => ({ ...x, shares }))} />
            ),
            minWidth: 280,
          },
        ]}
        removeLabel={(i) => t('eligibility.spread.remove', { index: i + 1 })}
        onRemove={remove}
        addLabel={t('eligibility.spread.add')}
        onAdd={add}
        full={rows.length >= MAX_TRANSIT_SPREADS}
        testId="spread"
      />
      <SmartRateImport />
    </SubSection>
  );
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'done'; file: string; rows: number; zone: string; skipped: string[] }
  | { kind: 'refused'; file: string; errors: string[] };

/**
 * An EasyPost SmartRate response (JSON) as spread rows for one zone: read in the page, all or
 * nothing — a refused file changes nothing and lists each problem with its JSON path.
 */
function SmartRateImport() {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const [zone, setZone] = useState<'all' | number>('all');
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const read = async (file: File) => {
    const text = await file.text();
    const r = parseSmartRateJson(text, {
      zone: zone === 'all' ? undefined : zone,
      source: `EasyPost SmartRate: ${file.name}`,
    });
    if (!r.ok) {
      setState({
        kind: 'refused',
        file: file.name,
        errors: r.errors.map((e) =>
          e.path
            ? t('eligibility.smartRate.at', { path: e.path, message: t(e.messageKey, e.params) })
            : t(e.messageKey, e.params),
        ),
      });
      return;
    }
    edit((d) => {
      d.transitSpread = mergeSpreads(d.transitSpread ?? [], r.spreads);
    });
    setState({
      kind: 'done',
      file: file.name,
      rows: r.spreads.length,
      zone: zone === 'all' ? t('eligibility.spread.allZones') : String(zone),
      skipped: r.skipped.map((x) => `${x.carrier} ${x.service}`),
    });
  };
  return (
    <Stack spacing={1} sx={{ pt: 1 }} data-testid="smartrate-import">
      <Typography variant="body2">{t('eligibility.smartRate.intro')}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          select
          size="small"
          label={t('eligibility.smartRate.zone')}
          value={zone}
          onChange={(e) => setZone(e.target.value === 'all' ? 'all' : Number(e.target.value))}
          sx={{ minWidth: 160 }}
        >
          {ZONES.map((z) => (
            <MenuItem key={z} value={z}>
              {z === 'all' ? t('eligibility.spread.allZones') : z}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" onClick={() => input.current?.click()} data-testid="smartrate-choose">
          {t('eligibility.smartRate.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="smartrate-file"
          aria-label={t('eligibility.smartRate.choose')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
      </Stack>
      <div role="status" aria-live="polite">
        {state.kind === 'done' && (
          <Alert severity="success" data-testid="smartrate-done">
            {t('eligibility.smartRate.done', { count: state.rows, file: state.file, zone: state.zone })}
            {state.skipped.length > 0 && (
              <> {t('eligibility.smartRate.skipped', { services: state.skipped.join(', ') })}</>
            )}
          </Alert>
        )}
        {state.kind === 'refused' && (
          <Alert severity="error" data-testid="smartrate-refused">
            {t('eligibility.smartRate.refused', { file: state.file })}
            <ul style={{ margin: 0 }}>
              {state.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </Alert>
        )}
      </div>
    </Stack>
  );
}

/** Percentages per transit day ("0 / 95 / 4 / 1"): saved as typed once they add up to 100. */
function SharesField({
  index,
  shares,
  onCommit,
}: {
  index: number;
  shares: readonly number[];
  onCommit: (shares: number[]) => void;
}) {
  const { t } = useT();
  const f = useFormat();
  return (
    <EntryTextField<number[]>
      id={`spread:${index}`}
      label={t('eligibility.spread.sharesLabel', { index: index + 1 })}
      value={[...shares]}
      format={(v) => formatSharesPercent(v, decimalSeparator(LOCALES[f.lang]))}
      read={(text) => {
        const r = parseSharesPercent(text);
        if (r.ok) return { value: r.shares };
        if (r.messageKey === 'eligibility.sharesText.empty') return { empty: true };
        return { reason: t(r.messageKey, r.params) };
      }}
      commit={(v) => {
        if (v) onCommit(v);
      }}
      allowEmpty={false}
      emptyReason={t('eligibility.sharesText.empty')}
      help={t('eligibility.spread.sharesHelp')}
      testId="spread-shares"
      maxLength={200}
    />
  );
}

const EXTRA_DAYS = Array.from({ length: MAX_DISRUPTION_EXTRA_DAYS }, (_, i) => i + 1);
const SHARE_PERCENT = { min: 0, max: 100, step: 0.1 };

/**
 * Whether week `i` with `candidate` would hold up a carrier another entry already holds up that week (the schema
 * refuses it).
 */
function clashes(
  weeks: readonly DisruptionWeek[],
  i: number,
  candidate: Pick<DisruptionWeek, 'start' | 'carriers'>,
): boolean {
  const mine = disruptedCarriers(candidate);
  return weeks.some(
    (w, j) => j !== i && w.start === candidate.start && disruptedCarriers(w).some((c) => mine.includes(c)),
  );
}

/** Writes the disruption weeks, dropping the block (and an empty operations block) when none is left. */
function setDisruption(draft: Settings, weeks: DisruptionWeek[]) {
  const ops: Operations = { sources: {}, ...draft.operations };
  if (weeks.length === 0) delete ops.disruption;
  else ops.disruption = { weeks };
  const { sources, ...figures } = ops;
  if (Object.keys(figures).length === 0 && Object.keys(sources).length === 0) delete draft.operations;
  else draft.operations = ops;
}

/**
 * Weeks in which the user expects carriers to run late (a storm, a holiday backlog): a scenario knob
 * the horizon applies on top of the transit spread. Nothing is assumed by default.
 */
function DisruptionEditor({ settings }: { settings: Settings }) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const weeks = settings.operations?.disruption?.weeks ?? [];
  const setWeek = (i: number, change: (w: DisruptionWeek) => DisruptionWeek) =>
    edit((d) => {
      const list = [...(d.operations?.disruption?.weeks ?? [])];
      list[i] = change(list[i]!);
      setDisruption(d, list);
    });
  const add = () =>
    edit((d) => {
      const list = d.operations?.disruption?.weeks ?? [];
      // The Sunday after the last listed week, else the next Sunday: never a week already listed.
      const last = list.reduce<string | null>((a, w) => (a === null || w.start > a ? w.start : a), null);
      const today = new Date().toISOString().slice(0, 10);
      const start = last ? addDays(last, 7) : nextWindowStart(today);
      setDisruption(d, [...list, { start, extraDays: 1, share: 0.2, reason: 'weather' }]);
    });
  const remove = (i: number) =>
    edit((d) =>
      setDisruption(
        d,
        (d.operations?.disruption?.weeks ?? []).filter((_, j) => j !== i),
      ),
    );

  return (
    <SubSection
      title={t('eligibility.disruption.title')}
      intro={weeks.length === 0 ? t('eligibility.disruption.none') : t('eligibility.disruption.intro')}
      testId="eligibility-disruption"
    >
      <RowsEditor
        rows={weeks}
        label={t('eligibility.disruption.tableLabel')}
        columns={[
          t('eligibility.disruption.col.start'),
          t('eligibility.disruption.col.carriers'),
          t('eligibility.disruption.col.extraDays'),
          t('eligibility.disruption.col.share'),
          t('eligibility.disruption.col.reason'),
        ]}
        cells={(w, i) => [
          {
            content: (
              <DisruptionStartField
                index={i}
                weeks={weeks}
                onCommit={(start) => setWeek(i, (x) => ({ ...x, start }))}
              />
            ),
            minWidth: 190,
          },
          {
            content: (
              <TextField
                select
                size="small"
                value={w.carriers?.length === 1 ? w.carriers[0] : 'all'}
                onChange={(e) =>
                  setWeek(i, ({ carriers: _c, ...x }) =>
                    e.target.value === 'all' ? x : { ...x, carriers: [e.target.value as CarrierId] },
                  )
                }
                label={t('eligibility.disruption.col.carriers')}
                sx={{ minWidth: 160 }}
              >
                {(['all', ...CARRIERS] as const).map((c) => (
                  <MenuItem
                    key={c}
                    value={c}
                    disabled={clashes(weeks, i, { start: w.start, carriers: c === 'all' ? undefined : [c] })}
                  >
                    {c === 'all' ? t('eligibility.disruption.allCarriers') : CARRIER_NAMES[c]}
                  </MenuItem>
                ))}
              </TextField>
            ),
          },
          {
            content: (
              <TextField
                select
                size="small"
                value={w.extraDays}
                onChange={(e) => setWeek(i, (x) => ({ ...x, extraDays: Number(e.target.value) }))}
                label={t('eligibility.disruption.col.extraDays')}
                sx={{ minWidth: 120 }}
              >
                {EXTRA_DAYS.map((n) => (
                  <MenuItem key={n} value={n}>
                    {t('eligibility.disruption.plusDays', { count: n })}
                  </MenuItem>
                ))}
              </TextField>
            ),
          },
          {
            content: (
              <NumberField
                label={t('eligibility.disruption.shareLabel', { index: i + 1 })}
                value={round6(w.share * 100)}
                limits={SHARE_PERCENT}
                unit="%"
                width={170}
                entryId={`disruption:${i}:share`}
                testId="disruption-share"
                onCommit={(v) => {
                  if (v !== null) setWeek(i, (x) => ({ ...x, share: round6(v / 100) }));
                }}
              />
            ),
          },
          {
            content: (
              <TextField
                select
                size="small"
                value={w.reason}
                onChange={(e) => setWeek(i, (x) => ({ ...x, reason: e.target.value as DisruptionWeek['reason'] }))}
                label={t('eligibility.disruption.col.reason')}
                sx={{ minWidth: 200 }}
              >
                {DISRUPTION_REASONS.map((r) => (
                  <MenuItem key={r} value={r}>
                    {t(`eligibility.disruption.reason.${r}`)}
                  </MenuItem>
                ))}
              </TextField>
            ),
          },
        ]}
        removeLabel={(i) => t('eligibility.disruption.remove', { index: i + 1 })}
        onRemove={remove}
        addLabel={t('eligibility.disruption.add')}
        onAdd={add}
        full={weeks.length >= MAX_DISRUPTION_WEEKS}
        testId="disruption"
      />
    </SubSection>
  );
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Sunday opening a disruption week, typed as YYYY-MM-DD: saved once it is a Sunday no other entry holds for the
 * same carriers.
 */
function DisruptionStartField({
  index,
  weeks,
  onCommit,
}: {
  index: number;
  weeks: readonly DisruptionWeek[];
  onCommit: (start: string) => void;
}) {
  const { t } = useT();
  const week = weeks[index]!;
  return (
    <EntryTextField<string>
      id={`disruption:${index}:start`}
      label={t('eligibility.disruption.startLabel', { index: index + 1 })}
      value={week.start}
      format={(v) => v}
      read={(raw, final) => {
        const text = raw.trim();
        if (text === '') return { empty: true };
        if (!FULL_DATE.test(text)) return final ? { reason: t('eligibility.disruption.badDate') } : { wait: true };
        // The schema's own checks (a real date, a Sunday), with its translated reason.
        const checked = DisruptionWeekSchema.safeParse({ ...week, start: text });
        if (!checked.success) {
          const issue = checked.error.issues[0]!;
          const params = (issue as { params?: Record<string, string> }).params;
          return {
            reason: params?.messageKey ? t(checkedKey(params.messageKey), params) : t('eligibility.disruption.badDate'),
          };
        }
        if (clashes(weeks, index, { start: text, carriers: week.carriers }))
          return { reason: t('eligibility.disruption.clash', { date: text }) };
        return { value: text };
      }}
      commit={(v) => {
        if (v) onCommit(v);
      }}
      allowEmpty={false}
      emptyReason={t('eligibility.disruption.badDate')}
      help={t('eligibility.disruption.startHelp')}
      testId="disruption-start"
      maxLength={10}
    />
  );
}
