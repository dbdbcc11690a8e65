import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DataObjectIcon from '@mui/icons-material/DataObject';
import TableChartIcon from '@mui/icons-material/TableChart';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { AppErrorShape } from '../../../../shared/ipc/result';
import { call } from '../../lib/api';
import { useStore } from '../../store';
import { ImportErrors } from './ImportErrors';
import { PlanEditor } from './PlanEditor';
import { ExportOutcome, type ExportOutcomeValue } from './ExportOutcome';
import { DeadlinesPanel } from './DeadlinesPanel';
import { BacktestPanel } from './BacktestPanel';
import { LongCallProgress, useLongCall } from './LongCallProgress';
import type { ReportCommand } from '../../../../shared/ipc/channels';
import { WeekPicker, WeekShown } from '../simulation/WeekPicker';
import { CSV_EXPORTS } from '../../../../shared/report/csvKinds';
import { type Lang } from '../../../../shared/i18n/lang';

type Outcome = ExportOutcomeValue | null;

/**
 * Reports: exports of the current scenario (report PDF, scenario JSON, CSVs), imports (settings as a
 * new scenario, transit times and destination weights into this one) with every problem spelled out,
 * and the plan of action.
 * Pending plan edits are saved first so exports always match what the user sees.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const scenarioId = useStore((s) => s.prefs.currentScenarioId);
  const appLang = useStore((s) => s.prefs.language);
  const [lang, setLang] = useState<Lang>(appLang);
  const [busy, setBusy] = useState(false);
  // The returns register goes into the report PDF only when asked for (it is not part of the plan).
  const [includeReturns, setIncludeReturns] = useState(false);
  // ... in the calendar of the warehouse the Returns page shows.
  const returnsWarehouseId = useStore((s) => s.returnsWarehouseId);
  // An order report can be large: its import shows how far it is and can be stopped.
  const orderCall = useLongCall();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [importError, setImportError] = useState<AppErrorShape | null>(null);
  const { ensureSaved, refreshScenarios, loadScenario, notify, showPlanNotices } = useStore.getState();
  const pendingCommand = useStore((s) => s.pendingReportCommand);
  const weights = useStore((s) => s.doc?.settings.destinationWeights);
  const settings = useStore((s) => s.doc?.settings);
  // The exports simulate the week chosen here, on the Simulation page or in the compare view (one choice).
  const week = useStore((s) => s.week);
  const weeks = useStore((s) => s.weeks);
  const weekArg = week === null ? {} : weeks > 1 ? { weekStart: week, weeks } : { weekStart: week };
  const actions = useRef<Record<ReportCommand, () => void> | null>(null);

  // File-menu exports and imports land here, so they run exactly like this page's buttons.
  useEffect(() => {
    if (pendingCommand && actions.current) {
      useStore.getState().setPendingReportCommand(null);
      actions.current[pendingCommand]();
    }
  }, [pendingCommand]);

  if (scenarioId === null) {
    return (
      <Stack spacing={2}>
        <Typography variant="h1">{t('reports.title')}</Typography>
        <Paper sx={{ p: 3 }}>
          <Typography>{t('app.noScenario')}</Typography>
        </Paper>
      </Stack>
    );
  }

  const saved = (r: { saved: boolean; path: string | null }) =>
    setOutcome(r.saved ? { severity: 'success', text: t('reports.saved', { path: r.path }), file: r.path } : { severity: 'info', text: t('reports.cancelled') });

  async function run<T>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorShape }>, done: (v: T) => void, isImport = false) {
    setBusy(true);
    setOutcome(null);
    setImportError(null);
    // Exports must match what is on screen: an edit that cannot be saved stops them.
    if (!(await ensureSaved())) {
      setBusy(false);
      return;
    }
    const res = await work();
    setBusy(false);
    if (res.ok) return done(res.value);
    if (isImport && res.error.code === 'invalid') setImportError(res.error);
    else notify({ severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params });
  }

  const id = scenarioId;
  const exportPdf = () => void run(() => call('export:reportPdf', { scenarioId: id, lang, ...weekArg, ...(includeReturns ? { includeReturns, ...(returnsWarehouseId ? { returnsWarehouseId } : {}) } : {}) }), saved);
  const exportJson = () => void run(() => call('export:scenarioJson', { scenarioId: id }), saved);
  const importSettings = () =>
    void run(
      () => call('import:settings', { lang }),
      (v) => {
        if (!v.imported || !v.scenario) return setOutcome({ severity: 'info', text: t('reports.cancelled') });
        setOutcome({
          severity: 'success',
          text: v.renamedFrom ? t('reports.import.settingsRenamed', { name: v.scenario.name, original: v.renamedFrom }) : t('reports.import.settingsDone', { name: v.scenario.name }),
        });
        // A file from an older ShipWeek whose meaning the upgrade kept by changing it: say how.
        showPlanNotices({ scenarioName: v.scenario.name, notices: v.notices });
        void refreshScenarios();
      },
      true,
    );
  /** An import into the open scenario: on success the plan is reloaded, so the simulation follows it. */
  const importIntoScenario = <T extends { imported: boolean; cancelled?: boolean }>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorShape }>, doneText: (v: T) => string) =>
    void run(
      work,
      (v) => {
        // Not imported: the file dialog was closed, or the user stopped a long import (then nothing changed either).
        if (!v.imported) return setOutcome({ severity: 'info', text: v.cancelled ? t('reports.import.ordersCancelled') : t('reports.cancelled') });
        setOutcome({ severity: 'success', text: doneText(v) });
        void loadScenario();
      },
      true,
    );
  const importTransit = () =>
    importIntoScenario(() => call('import:transitCsv', { scenarioId: id }), (v) => t('reports.import.transitDone', { count: v.count, total: v.total }));
  const importWeights = () => importIntoScenario(() => call('import:destinationWeights', { scenarioId: id }), (v) => t('reports.import.weightsDone', { count: v.count }));
  const importOrders = () =>
    importIntoScenario(
      () => orderCall.run('import:orderReport', { scenarioId: id }),
      (v) => {
        const r = v.read!;
        const done = t('reports.import.ordersDone', { rows: r.rows, orders: r.orders, prime: r.primeOrders, skipped: r.skipped.total, zips: r.primeZips });
        return r.assumedTimeZone ? `${done} ${t('reports.import.ordersAssumedZone', { count: r.assumedTimeZone.rows, timeZone: r.assumedTimeZone.timeZone })}` : done;
      },
    );
  /** A carrier's transit file into the plan's transit overrides: what was added and what it changed, from → to. */
  const importCarrier = (kind: 'usps-standards' | 'ups-tnt') =>
    importIntoScenario(
      () => call('import:carrierTransit', { scenarioId: id, kind }),
      (v) => {
        const s = v.summary!;
        const parts = [t(kind === 'usps-standards' ? 'reports.import.uspsDone' : 'reports.import.upsDone', { added: s.added, changed: s.changed.length, unchanged: s.unchanged, total: s.total, zip3: s.zip3, zip5: s.zip5 })];
        if (s.changed.length > 0) {
          const list = s.changed.slice(0, 10).map((c) => t('reports.import.transitChange', { service: c.serviceId, dest: c.dest, from: c.from, to: c.to })).join('; ');
          parts.push(t('reports.import.transitChanges', { list, more: Math.max(0, s.changed.length - 10) }));
        }
        const skipped = Object.entries(s.skipped);
        if (skipped.length > 0) parts.push(t('reports.import.transitSkipped', { list: skipped.map(([k, n]) => `${k} (${n})`).join(', ') }));
        return parts.join(' ');
      },
    );
  // An ordinary edit of the plan: autosaved, undoable, and the simulation follows it.
  const backToPopulationWeights = () => {
    setImportError(null);
    useStore.getState().edit((draft) => {
      draft.destinationWeights = { source: 'population' };
    });
    setOutcome({ severity: 'success', text: t('reports.import.usePopulationDone') });
  };
  actions.current = { exportReportPdf: exportPdf, exportScenarioJson: exportJson, importSettings, importTransitCsv: importTransit, importDestinationWeights: importWeights };

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('reports.title')}</Typography>
        <Typography color="text.secondary">{t('reports.intro')}</Typography>
      </Stack>

      <Paper sx={{ p: 2 }} component="section" aria-labelledby="reports-export">
        <Typography variant="h2" id="reports-export" sx={{ mb: 1 }}>
          {t('reports.export.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('reports.export.intro')}
        </Typography>
        <Stack spacing={1} sx={{ mb: 2 }}>
          <WeekPicker settings={settings} testId="reports-week-select" />
          <WeekShown settings={settings} testId="reports-week-label" />
        </Stack>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <FormControl size="small" sx={{ minWidth: 200 }}>
            <InputLabel id="reports-lang-label">{t('reports.lang.label')}</InputLabel>
            <Select labelId="reports-lang-label" label={t('reports.lang.label')} value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="reports-lang">
              <MenuItem value="en">{t('reports.lang.en')}</MenuItem>
              <MenuItem value="fr">{t('reports.lang.fr')}</MenuItem>
            </Select>
          </FormControl>
          <Button variant="contained" startIcon={<PictureAsPdfIcon />} disabled={busy} data-testid="export-pdf" onClick={exportPdf}>
            {t('reports.export.pdf')}
          </Button>
          <FormControlLabel
            control={<Checkbox checked={includeReturns} onChange={(e) => setIncludeReturns(e.target.checked)} data-testid="reports-include-returns" />}
            label={t('reports.export.includeReturns')}
          />
          <Button variant="outlined" startIcon={<DataObjectIcon />} disabled={busy} data-testid="export-json" onClick={exportJson}>
            {t('reports.export.json')}
          </Button>
        </Stack>
        <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mt: 2, mb: 1 }}>
          {t('reports.export.csvTitle')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {CSV_EXPORTS.map((kind) => (
            <Button key={kind} variant="outlined" startIcon={<TableChartIcon />} disabled={busy} data-testid={`export-csv-${kind}`} onClick={() => void run(() => call('export:csv', { scenarioId: id, kind, lang, ...weekArg }), saved)}>
              {t(`reports.export.csv.${kind}`)}
            </Button>
          ))}
        </Stack>
      </Paper>

      <Paper sx={{ p: 2 }} component="section" aria-labelledby="reports-import">
        <Typography variant="h2" id="reports-import" sx={{ mb: 1 }}>
          {t('reports.import.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('reports.import.intro')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button
            variant="outlined"
            startIcon={<UploadFileIcon />}
            disabled={busy}
            data-testid="import-settings"
            onClick={importSettings}
          >
            {t('reports.import.settings')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<UploadFileIcon />}
            disabled={busy}
            data-testid="import-transit"
            onClick={importTransit}
          >
            {t('reports.import.transit')}
          </Button>
          <Button variant="outlined" startIcon={<UploadFileIcon />} disabled={busy} data-testid="import-weights" onClick={importWeights}>
            {t('reports.import.weights')}
          </Button>
          <Button variant="outlined" startIcon={<UploadFileIcon />} disabled={busy} data-testid="import-orders" onClick={importOrders}>
            {t('reports.import.orders')}
          </Button>
          <Button variant="outlined" startIcon={<UploadFileIcon />} disabled={busy} data-testid="import-usps" onClick={() => importCarrier('usps-standards')}>
            {t('reports.import.usps')}
          </Button>
          <Button variant="outlined" startIcon={<UploadFileIcon />} disabled={busy} data-testid="import-ups" onClick={() => importCarrier('ups-tnt')}>
            {t('reports.import.ups')}
          </Button>
        </Stack>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mt: 2 }} data-testid="weights-source" data-source={weights?.source ?? ''}>
          <Typography variant="body2" color="text.secondary">
            {weights?.source === 'custom'
              ? t('reports.import.weightsCustom', { count: Object.keys(weights.byZip).length })
              : t('reports.import.weightsPopulation')}
          </Typography>
          {weights?.source === 'custom' && (
            <Button size="small" variant="text" disabled={busy} data-testid="weights-use-population" onClick={backToPopulationWeights}>
              {t('reports.import.usePopulation')}
            </Button>
          )}
        </Stack>
        {orderCall.running && (
          <div style={{ marginTop: 16 }}>
            <LongCallProgress running={orderCall.running} testId="import-orders-progress" />
          </div>
        )}
        {importError && (
          <div style={{ marginTop: 16 }}>
            <ImportErrors error={importError} />
          </div>
        )}
      </Paper>

      <div role="status" data-testid="reports-outcome">
        {busy && !orderCall.running && <Alert severity="info">{t('reports.busy')}</Alert>}
        {outcome && <ExportOutcome outcome={outcome} />}
      </div>

      <Paper sx={{ p: 2 }} component="section" aria-labelledby="reports-plan">
        <Typography variant="h2" id="reports-plan" sx={{ mb: 1 }}>
          {t('reports.plan.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('reports.plan.intro')}
        </Typography>
        <PlanEditor key={id} scenarioId={id} lang={lang} onExported={saved} />
      </Paper>

      <BacktestPanel key={`backtest-${id}`} scenarioId={id} />

      <DeadlinesPanel />
    </Stack>
  );
}
