import { useT } from '../../app/i18n/useT';
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
import { useStore } from '../../store';
import { PageSection } from '../../components/PageSection';
import { ImportErrors } from './ImportErrors';
import { ImportButtons } from './ImportButtons';
import { PlanEditor } from './PlanEditor';
import { ExportOutcome } from './ExportOutcome';
import { DeadlinesPanel } from './DeadlinesPanel';
import { BacktestPanel } from './BacktestPanel';
import { LongCallProgress } from './LongCallProgress';
import { useLate } from '../../components/useLate';
import { WeekPicker, WeekShown } from '../simulation/WeekPicker';
import { CSV_EXPORTS } from '../../../../shared/report/csvKinds';
import { type Lang } from '../../../../shared/i18n/lang';

/**
 * Reports: exports of the current scenario (report PDF, scenario JSON, CSVs), imports (settings as a
 * new scenario, transit times and destination weights into this one) with every problem spelled out,
 * and the plan of action.
 * Pending plan edits are saved first so exports always match what the user sees.
 */
export function ReportsPage() {
  const { t } = useT();
  const scenarioId = useStore((s) => s.prefs.currentScenarioId);
  const appLang = useStore((s) => s.prefs.language);
  const lang = useStore((s) => s.reportLang) ?? appLang;
  const busy = useStore((s) => s.reportBusy);
  const includeReturns = useStore((s) => s.reportIncludeReturns);
  // An order report can be large: its import shows how far it is and can be stopped.
  const orderImport = useStore((s) => s.orderImport);
  // So can an export over a window of weeks, and a carrier's transit file (shown once it lasts).
  const reportTask = useStore((s) => s.reportTask);
  const taskShown = useLate(reportTask !== null);
  const outcome = useStore((s) => s.reportOutcome);
  const importError = useStore((s) => s.reportImportError);
  const weights = useStore((s) => s.doc?.settings.destinationWeights);
  const settings = useStore((s) => s.doc?.settings);
  // The same actions as the File menu's exports and imports (store/reportsSlice.ts).
  const {
    setReportLang,
    setReportIncludeReturns,
    exportReportPdf,
    exportScenarioJson,
    exportCsv,
    cancelOrderImport,
    cancelReportTask,
    backToPopulationWeights,
    showExportSaved,
  } = useStore.getState();

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

  const id = scenarioId;
  const orderRun = orderImport && { ...orderImport, cancel: cancelOrderImport };
  const taskRun = reportTask && taskShown ? { ...reportTask, cancel: cancelReportTask } : null;

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('reports.title')}</Typography>
        <Typography color="text.secondary">{t('reports.intro')}</Typography>
      </Stack>

      <PageSection id="reports-export" title={t('reports.export.title')} intro={t('reports.export.intro')}>
        <Stack spacing={1} sx={{ mb: 2 }}>
          <WeekPicker settings={settings} testId="reports-week-select" />
          <WeekShown settings={settings} testId="reports-week-label" />
        </Stack>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <FormControl size="small" sx={{ minWidth: 200 }}>
            <InputLabel id="reports-lang-label">{t('reports.lang.label')}</InputLabel>
            <Select
              labelId="reports-lang-label"
              label={t('reports.lang.label')}
              value={lang}
              onChange={(e) => setReportLang(e.target.value as Lang)}
              data-testid="reports-lang"
            >
              <MenuItem value="en">{t('reports.lang.en')}</MenuItem>
              <MenuItem value="fr">{t('reports.lang.fr')}</MenuItem>
            </Select>
          </FormControl>
          <Button
            variant="contained"
            startIcon={<PictureAsPdfIcon />}
            disabled={busy}
            data-testid="export-pdf"
            onClick={exportReportPdf}
          >
            {t('reports.export.pdf')}
          </Button>
          <FormControlLabel
            control={
              <Checkbox
                checked={includeReturns}
                onChange={(e) => setReportIncludeReturns(e.target.checked)}
                data-testid="reports-include-returns"
              />
            }
            label={t('reports.export.includeReturns')}
          />
          <Button
            variant="outlined"
            startIcon={<DataObjectIcon />}
            disabled={busy}
            data-testid="export-json"
            onClick={exportScenarioJson}
          >
            {t('reports.export.json')}
          </Button>
        </Stack>
        <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mt: 2, mb: 1 }}>
          {t('reports.export.csvTitle')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {CSV_EXPORTS.map((kind) => (
            <Button
              key={kind}
              variant="outlined"
              startIcon={<TableChartIcon />}
              disabled={busy}
              data-testid={`export-csv-${kind}`}
              onClick={() => exportCsv(kind)}
            >
              {t(`reports.export.csv.${kind}`)}
            </Button>
          ))}
        </Stack>
        {taskRun?.kind === 'export' && (
          <div style={{ marginTop: 16 }}>
            <LongCallProgress running={taskRun} kind="export" testId="export-progress" />
          </div>
        )}
      </PageSection>

      <PageSection id="reports-import" title={t('reports.import.title')} intro={t('reports.import.intro')}>
        <ImportButtons disabled={busy} />
        <Stack
          direction="row"
          spacing={2}
          sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mt: 2 }}
          data-testid="weights-source"
          data-source={weights?.source ?? ''}
        >
          <Typography variant="body2" color="text.secondary">
            {weights?.source === 'custom'
              ? t('reports.import.weightsCustom', { count: Object.keys(weights.byZip).length })
              : t('reports.import.weightsPopulation')}
          </Typography>
          {weights?.source === 'custom' && (
            <Button
              size="small"
              variant="text"
              disabled={busy}
              data-testid="weights-use-population"
              onClick={backToPopulationWeights}
            >
              {t('reports.import.usePopulation')}
            </Button>
          )}
        </Stack>
        {orderRun && (
          <div style={{ marginTop: 16 }}>
            <LongCallProgress running={orderRun} testId="import-orders-progress" />
          </div>
        )}
        {taskRun?.kind === 'transit' && (
          <div style={{ marginTop: 16 }}>
            <LongCallProgress running={taskRun} kind="transit" testId="import-transit-progress" />
          </div>
        )}
        {importError && (
          <div style={{ marginTop: 16 }}>
            <ImportErrors error={importError} />
          </div>
        )}
      </PageSection>

      <div role="status" data-testid="reports-outcome">
        {busy && !orderRun && !taskRun && <Alert severity="info">{t('reports.busy')}</Alert>}
        {outcome && <ExportOutcome outcome={outcome} />}
      </div>

      <PageSection id="reports-plan" title={t('reports.plan.title')} intro={t('reports.plan.intro')}>
        <PlanEditor key={id} scenarioId={id} lang={lang} onExported={showExportSaved} />
      </PageSection>

      <BacktestPanel key={`backtest-${id}`} scenarioId={id} />

      <DeadlinesPanel />
    </Stack>
  );
}
