import { lazy, memo, Suspense, useDeferredValue, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import { HelpTip } from '../../components/HelpTip';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { POLICY_PROFILES, isBuiltInPolicy, policyNameKey } from '../../../../shared/catalog/policies';
import type { Finding } from '../../../../shared/engine/findings';
import type { SimulationResult, Zip3Stats } from '../../../../shared/engine/simulate';
import { PageSection } from '../../components/PageSection';
import { useStore } from '../../store';
import { PrimeOffEditor } from './PrimeOffEditor';
import { RemotePrimeNote } from './RemotePrimeNote';
import type { DashboardView } from '../../lib/simulationView';
import { RequirementCards, SpeedCards } from './MetricCards';
import { Zip5ModeNote } from './Zip5ModeNote';
import { Heatmap } from './Heatmap';
import { StateTable } from './StateTable';
import { ExplainPanel } from './ExplainPanel';
import { MapLegend, speedLegendItems } from './MapLegend';
import { useFormat } from './format';
import { useTheme } from '@mui/material/styles';
import { AdvisorPanel } from './AdvisorPanel';
import { AdvisorWeekNote } from './AdvisorWeekNote';
import { WeekPicker, WeekShown } from './WeekPicker';
import { WindowProgress } from './WindowProgress';
import { windowOf } from '../../store/simulationSlice';

/** The dashboard's sections sit on the page itself, heading, intro and content one spacing apart. */
const ON_PAGE = { frame: 'none', spacing: 1 } as const;

// d3-geo, topojson-client and the state shapes load only when the map is first shown.
const UsMap = lazy(() => import('./UsMap'));

/**
 * The policy the plan is judged against. Choosing one changes the scenario's policy (an undoable,
 * autosaved edit that Settings, the compare view and the reports follow), and the field says so.
 */
function PolicyPicker() {
  const { t } = useT();
  const policyId = useStore((s) => s.doc?.settings.policyId);
  const custom = useStore((s) => s.doc?.settings.customPolicies);
  const label = usePolicyLabel();
  if (policyId === undefined) return null;
  const policies = [...POLICY_PROFILES, ...(custom ?? [])];
  return (
    <TextField
      select
      size="small"
      label={t('simulation.policy')}
      helperText={t('simulation.policyChangesScenario')}
      value={policyId}
      onChange={(e) =>
        useStore.getState().edit((draft) => {
          draft.policyId = e.target.value;
        })
      }
      sx={{ minWidth: 380 }}
      slotProps={{
        select: { SelectDisplayProps: { 'data-testid': 'policy-select' } as React.HTMLAttributes<HTMLDivElement> },
      }}
    >
      {policies.map((p) => (
        <MenuItem key={p.id} value={p.id} data-testid={`policy-${p.id}`}>
          {label(p.id)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A built-in policy's translated name, or a custom one's own name. */
function usePolicyLabel() {
  const { t } = useT();
  const custom = useStore((s) => s.doc?.settings.customPolicies);
  return (id: string) => (isBuiltInPolicy(id) ? t(policyNameKey(id)) : (custom?.find((p) => p.id === id)?.name ?? id));
}

function SimulationStatus() {
  const { t } = useT();
  const status = useStore((s) => s.simulation.status);
  const engineMs = useStore((s) => s.simulation.engineMs);
  const error = useStore((s) => s.simulation.error);
  return (
    <>
      <Typography
        variant="body2"
        color="text.secondary"
        role="status"
        data-testid="simulation-status"
        data-state={status}
      >
        {status === 'running'
          ? t('simulation.status.running')
          : status === 'ready' && engineMs !== null
            ? t('simulation.status.ready', { ms: Math.max(1, Math.round(engineMs)) })
            : status === 'idle'
              ? t('simulation.status.idle')
              : ''}
      </Typography>
      {/* Outside the live status region, so the button's name is not read out with every recompute. */}
      {status === 'ready' && engineMs !== null && (
        <Box component="span" sx={{ ml: '0 !important' }}>
          <HelpTip term="engineTime" />
        </Box>
      )}
      {status === 'error' && <Alert severity="error">{t('simulation.status.error', { message: error ?? '' })}</Alert>}
    </>
  );
}

/*
 * The sections below re-render only when a new simulation result lands (they take the derived view
 * and are memoised), not on every keystroke of an edit nor on the "updating" status.
 */

const Verdict = memo(function Verdict({ view }: { view: DashboardView }) {
  const { t } = useT();
  const label = usePolicyLabel();
  return (
    <Alert
      severity={view.checks === 0 ? 'info' : view.pass ? 'success' : 'error'}
      data-testid="simulation-verdict"
      data-pass={String(view.pass)}
    >
      {view.checks === 0
        ? t('simulation.verdict.noChecks', { policy: label(view.policyId) })
        : view.pass
          ? t('simulation.verdict.pass', { count: view.checks, policy: label(view.policyId) })
          : t('simulation.verdict.fail', { failed: view.failed, count: view.checks, policy: label(view.policyId) })}
    </Alert>
  );
});

const MapSection = memo(function MapSection({ view, zip3 }: { view: DashboardView; zip3: Zip3Stats }) {
  const { t } = useT();
  const f = useFormat();
  const mode = useTheme().palette.mode;
  const [level, setLevel] = useState<'states' | 'zip3'>('states');
  const scale = view.mapScale;
  return (
    <PageSection id="simulation-map-title" title={t('simulation.map.title')} {...ON_PAGE} testId="map-section">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={level}
          onChange={(_, v: 'states' | 'zip3' | null) => v && setLevel(v)}
          aria-label={t('simulation.map.level')}
        >
          <ToggleButton value="states" data-testid="map-states">
            {t('simulation.map.states')}
          </ToggleButton>
          <ToggleButton value="zip3" data-testid="map-zip3">
            {t('simulation.map.zip3')}
          </ToggleButton>
        </ToggleButtonGroup>
        <MapLegend
          title={
            scale.target === null
              ? t('report.map.legendTitleNoTarget')
              : t('report.map.legendTitle', { target: f.percent0(scale.target) })
          }
          label={t('simulation.map.legend')}
          items={speedLegendItems(scale, t, f.percent0, mode, level === 'states')}
          testId="map-legend"
        />
      </Stack>
      <Paper variant="outlined" sx={{ p: 1, maxWidth: 880 }}>
        <Suspense
          fallback={
            <Box sx={{ aspectRatio: '975 / 610', display: 'grid', placeItems: 'center' }}>
              {t('simulation.map.loading')}
            </Box>
          }
        >
          <UsMap states={view.states} zip3={zip3} level={level} scale={scale} />
        </Suspense>
      </Paper>
      <Typography variant="caption" color="text.secondary">
        {t(view.overRange ? 'simulation.map.noteRange' : 'simulation.map.note')}
      </Typography>
    </PageSection>
  );
});

const Findings = memo(function Findings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useT();
  if (findings.length === 0) return null;
  return (
    <PageSection id="simulation-findings-title" title={t('simulation.findings.title')} {...ON_PAGE}>
      <Stack spacing={1} data-testid="simulation-findings">
        {findings.map((f, i) => (
          <Alert key={`${f.ruleId}-${f.path}-${i}`} severity={f.severity === 'info' ? 'info' : f.severity}>
            {t(f.messageKey, f.params)}
            {f.fix ? ` ${t(f.fix.messageKey, f.fix.params)}` : ''}
          </Alert>
        ))}
      </Stack>
    </PageSection>
  );
});

const Dashboard = memo(function Dashboard({ view, result }: { view: DashboardView; result: SimulationResult }) {
  const { t } = useT();
  // The cards and verdict update first; the heavier map, heatmap and state table follow in a
  // background render that React interrupts if another result arrives meanwhile.
  const later = { view: useDeferredValue(view), result: useDeferredValue(result) };
  return (
    <>
      <Verdict view={view} />
      <PageSection
        id="simulation-speed-title"
        title={t('simulation.speed.title')}
        intro={t('simulation.speed.intro')}
        {...ON_PAGE}
        testId="speed-section"
      >
        <SpeedCards view={view} />
        <RemotePrimeNote result={result} />
      </PageSection>
      <PageSection id="simulation-req-title" title={t('simulation.req.title')} {...ON_PAGE}>
        <RequirementCards view={view} />
      </PageSection>
      <MapSection view={later.view} zip3={later.result.byZip3} />
      <PageSection id="simulation-heat-title" title={t('simulation.heat.title')} {...ON_PAGE} testId="heat-section">
        <Heatmap view={later.view} />
      </PageSection>
      <PageSection id="simulation-states-title" title={t('simulation.states.title')} {...ON_PAGE}>
        <StateTable states={later.view.states} />
      </PageSection>
    </>
  );
});

/**
 * The Simulation dashboard: the plan's simulated delivery-speed and coverage metrics against the
 * selected policy, a map, the weekday × hour heatmap, per-state figures and "explain this promise".
 * Everything comes from the store (simulationSlice recomputes in the engine worker after each edit).
 */
export function SimulationPage() {
  const { t } = useT();
  const view = useStore((s) => s.simulation.view);
  const result = useStore((s) => s.simulation.result);
  const settings = useStore((s) => s.doc?.settings);

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('simulation.title')}</Typography>
        <Typography color="text.secondary">{t('simulation.intro')}</Typography>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <PolicyPicker />
        <WeekPicker settings={settings} />
        <SimulationStatus />
      </Stack>
      <WindowProgress />
      <WeekShown settings={settings} shown={windowOf(result)} />
      {result?.zip5 && <Zip5ModeNote summary={result.zip5} />}
      {view && result && <Dashboard view={view} result={result} />}
      {settings && <PrimeOffEditor settings={settings} result={result ?? null} />}
      <AdvisorPanel note={<AdvisorWeekNote settings={settings} result={result ?? null} />} />
      <PageSection
        id="simulation-explain-title"
        title={t('simulation.explain.title')}
        {...ON_PAGE}
        testId="explain-section"
      >
        <Paper sx={{ p: 2 }}>
          <ExplainPanel />
        </Paper>
      </PageSection>
      {result && <Findings findings={result.findings} />}
    </Stack>
  );
}
