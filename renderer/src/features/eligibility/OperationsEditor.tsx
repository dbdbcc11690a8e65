import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { SERVICE_IDS, type ServiceId } from '../../../../shared/domain/carrier';
import type { Operations, TransitSpread } from '../../../../shared/domain/operations';
import { MAX_TRANSIT_SPREADS } from '../../../../shared/domain/operations';
import type { Settings } from '../../../../shared/domain/settings';
import { SERVICES } from '../../../../shared/catalog/services';
import { defaultSpreadShares } from '../../../../shared/catalog/transitSpread';
import { OPERATIONS_DEFAULTS, resolveOperations } from '../../../../shared/eligibility/operations';
import { formatSharesPercent, parseSharesPercent } from '../../../../shared/eligibility/sharesText';
import { mergeSpreads, parseSmartRateJson } from '../../../../shared/eligibility/smartRate';
import { NumberField } from '../../components/NumberField';
import { useEntry } from '../../components/useEntry';
import { useStore } from '../../store';
import { useFormat } from '../simulation/format';

/*
 * The plan's operations (how the warehouse really runs) and transit spread (how long carriers
 * really take), edited where the horizon uses them. Every entry saves as it is typed, like the rest
 * of the plan (undo, "Not saved" for an entry the plan cannot take); an emptied rate goes back to
 * its default, which the field names.
 */

type RateKey = Exclude<keyof Operations, 'sources' | 'weeklyOrders' | 'disruption'>;
const RATES: readonly RateKey[] = ['missedPickupShare', 'cancellationRate', 'buyShippingShare', 'validTrackingRate', 'otdrProtectedShare'];
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
  const { t } = useTranslation();
  const f = useFormat();
  const edit = useStore((s) => s.edit);
  const resolved = resolveOperations(settings);
  const ops = settings.operations;
  const num = new Intl.NumberFormat(f.lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 3 });
  return (
    <Paper component="section" sx={{ p: 2 }} aria-labelledby="operations-title" data-testid="eligibility-operations">
      <Typography variant="h2" id="operations-title" sx={{ fontSize: '1.25rem' }}>
        {t('eligibility.ops.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('eligibility.ops.intro')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'flex-start' }}>
        <NumberField
          label={t('eligibility.ops.weeklyOrders')}
          value={ops?.weeklyOrders}
          limits={ORDERS}
          allowEmpty
          width={230}
          entryId="operations:weeklyOrders"
          testId="ops-weeklyOrders"
          helperText={t(`eligibility.ops.origin.${resolved.origin.weeklyOrders}`, { value: num.format(resolved.weeklyOrders) })}
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
    </Paper>
  );
}

const ZONES = ['all', 1, 2, 3, 4, 5, 6, 7, 8] as const;
const MONTHS = ['all', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The plan's own transit spread rows: service, zone, month and the shares per transit day, typed as percentages. */
function SpreadEditor({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const edit = useStore((s) => s.edit);
  const rows = settings.transitSpread ?? [];
  const enabled = [...new Set(settings.warehouses.flatMap((w) => w.services.filter((p) => p.enabled).map((p) => p.serviceId)))];
  const setRow = (i: number, change: (r: TransitSpread) => TransitSpread) =>
    edit((d) => {
      const list = [...(d.transitSpread ?? [])];
      list[i] = change(list[i]!);
      d.transitSpread = list;
    });
  const add = () =>
    edit((d) => {
      // A row for the first service the plan uses that has none yet, at its default (zone 5, a normal month) to edit from.
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
    <Stack spacing={1} sx={{ mt: 3 }} data-testid="eligibility-spread">
      <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
        {t('eligibility.spread.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {rows.length === 0 ? t('eligibility.spread.none') : t('eligibility.spread.intro')}
      </Typography>
      {rows.length > 0 && (
        <Table size="small" aria-label={t('eligibility.spread.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('eligibility.spread.col.service')}</TableCell>
              <TableCell>{t('eligibility.spread.col.zone')}</TableCell>
              <TableCell>{t('eligibility.spread.col.month')}</TableCell>
              <TableCell>{t('eligibility.spread.col.shares')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r, i) => (
              <TableRow key={i} data-testid="spread-row">
                <TableCell>
                  <TextField select size="small" value={r.serviceId} onChange={(e) => setRow(i, (x) => ({ ...x, serviceId: e.target.value as ServiceId }))} label={t('eligibility.spread.col.service')} sx={{ minWidth: 220 }}>
                    {SERVICE_IDS.map((id) => (
                      <MenuItem key={id} value={id}>
                        {t(`catalog.service.${id}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={r.zone ?? 'all'}
                    onChange={(e) => setRow(i, ({ zone: _z, ...x }) => (e.target.value === 'all' ? x : { ...x, zone: Number(e.target.value) }))}
                    label={t('eligibility.spread.col.zone')}
                    sx={{ minWidth: 110 }}
                  >
                    {ZONES.map((z) => (
                      <MenuItem key={z} value={z}>
                        {z === 'all' ? t('eligibility.spread.allZones') : z}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={r.month ?? 'all'}
                    onChange={(e) => setRow(i, ({ month: _m, ...x }) => (e.target.value === 'all' ? x : { ...x, month: Number(e.target.value) }))}
                    label={t('eligibility.spread.col.month')}
                    sx={{ minWidth: 130 }}
                  >
                    {MONTHS.map((m) => (
                      <MenuItem key={m} value={m}>
                        {m === 'all' ? t('eligibility.spread.allMonths') : t(`eligibility.spread.month.${m}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
                <TableCell sx={{ minWidth: 280 }}>
                  <SharesField index={i} shares={r.shares} onCommit={(shares) => setRow(i, (x) => ({ ...x, shares }))} />
                </TableCell>
                <TableCell>
                  <IconButton aria-label={t('eligibility.spread.remove', { index: i + 1 })} onClick={() => remove(i)} size="small" data-testid="spread-remove">
                    ×
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div>
        <Button variant="outlined" onClick={add} disabled={rows.length >= MAX_TRANSIT_SPREADS} data-testid="spread-add">
          {t('eligibility.spread.add')}
        </Button>
      </div>
      <SmartRateImport />
    </Stack>
  );
}

type ImportState = { kind: 'idle' } | { kind: 'done'; file: string; rows: number; zone: string; skipped: string[] } | { kind: 'refused'; file: string; errors: string[] };

/**
 * An EasyPost SmartRate response (JSON) as spread rows for one zone: read in the page, all or
 * nothing — a refused file changes nothing and lists each problem with its JSON path.
 */
function SmartRateImport() {
  const { t } = useTranslation();
  const edit = useStore((s) => s.edit);
  const [zone, setZone] = useState<'all' | number>('all');
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const read = async (file: File) => {
    const text = await file.text();
    const r = parseSmartRateJson(text, { zone: zone === 'all' ? undefined : zone, source: `EasyPost SmartRate: ${file.name}` });
    if (!r.ok) {
      setState({ kind: 'refused', file: file.name, errors: r.errors.map((e) => (e.path ? t('eligibility.smartRate.at', { path: e.path, message: t(e.messageKey, e.params) }) : t(e.messageKey, e.params))) });
      return;
    }
    edit((d) => {
      d.transitSpread = mergeSpreads(d.transitSpread ?? [], r.spreads);
    });
    setState({ kind: 'done', file: file.name, rows: r.spreads.length, zone: zone === 'all' ? t('eligibility.spread.allZones') : String(zone), skipped: r.skipped.map((x) => `${x.carrier} ${x.service}`) });
  };
  return (
    <Stack spacing={1} sx={{ pt: 1 }} data-testid="smartrate-import">
      <Typography variant="body2">{t('eligibility.smartRate.intro')}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField select size="small" label={t('eligibility.smartRate.zone')} value={zone} onChange={(e) => setZone(e.target.value === 'all' ? 'all' : Number(e.target.value))} sx={{ minWidth: 160 }}>
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
            {state.skipped.length > 0 && <> {t('eligibility.smartRate.skipped', { services: state.skipped.join(', ') })}</>}
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
function SharesField({ index, shares, onCommit }: { index: number; shares: readonly number[]; onCommit: (shares: number[]) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = t('eligibility.spread.sharesLabel', { index: index + 1 });
  const { problem, inputProps } = useEntry<number[]>({
    id: `spread:${index}`,
    label,
    value: [...shares],
    format: (v) => formatSharesPercent(v, f.lang === 'fr' ? ',' : '.'),
    read: (text) => {
      const r = parseSharesPercent(text);
      if (r.ok) return { value: r.shares };
      if (r.messageKey === 'eligibility.sharesText.empty') return { empty: true };
      return { reason: t(r.messageKey, r.params) };
    },
    commit: (v) => {
      if (v) onCommit(v);
    },
    allowEmpty: false,
    emptyReason: t('eligibility.sharesText.empty'),
  });
  return (
    <TextField
      size="small"
      fullWidth
      label={label}
      {...inputProps}
      error={!!problem}
      helperText={problem ?? t('eligibility.spread.sharesHelp')}
      slotProps={{ htmlInput: { 'data-testid': 'spread-shares', autoComplete: 'off', spellCheck: false, maxLength: 200 }, formHelperText: { role: problem ? 'alert' : undefined } as object }}
    />
  );
}
