import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { useStore } from '../../store';
import { RequirementCards, SpeedCards } from './MetricCards';
import { Heatmap } from './Heatmap';
import { StateTable } from './StateTable';
import { ExplainPanel } from './ExplainPanel';
import { MapLegend } from './MapLegend';

// d3-geo, topojson-client and the state shapes load only when the map is first shown.
const UsMap = lazy(() => import('./UsMap'));

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Stack spacing={1} component="section" data-testid={testId}>
      <Typography variant="h2">{title}</Typography>
      {children}
    </Stack>
  );
}

/**
 * The Simulation dashboard: the plan's simulated delivery-speed and coverage metrics against the
 * selected policy, a map, the weekday × hour heatmap, per-state figures and "explain this promise".
 * Everything comes from the store (simulationSlice recomputes in the engine worker after each edit).
 */
export function SimulationPage() {
  const { t } = useTranslation();
  const settings = useStore((s) => s.doc?.settings);
  const sim = useStore((s) => s.simulation);
  const [level, setLevel] = useState<'states' | 'zip3'>('states');
  const view = sim.view;
  const policies = [...POLICY_PROFILES, ...(settings?.customPolicies ?? [])];
  const policyLabel = (id: string) => (isBuiltInPolicy(id) ? t(policyNameKey(id)) : (policies.find((p) => p.id === id)?.name ?? id));

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('simulation.title')}</Typography>
        <Typography color="text.secondary">{t('simulation.intro')}</Typography>
      </Stack>

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        {settings && (
          <TextField
            select
            size="small"
            label={t('simulation.policy')}
            value={settings.policyId}
            onChange={(e) =>
              useStore.getState().edit((draft) => {
                draft.policyId = e.target.value;
              })
            }
            sx={{ minWidth: 380 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'policy-select' } as React.HTMLAttributes<HTMLDivElement> } }}
          >
            {policies.map((p) => (
              <MenuItem key={p.id} value={p.id} data-testid={`policy-${p.id}`}>
                {policyLabel(p.id)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Typography variant="body2" color="text.secondary" role="status" data-testid="simulation-status" data-state={sim.status}>
          {sim.status === 'running'
            ? t('simulation.status.running')
            : sim.status === 'ready' && sim.engineMs !== null
              ? t('simulation.status.ready', { ms: Math.max(1, Math.round(sim.engineMs)) })
              : sim.status === 'idle'
                ? t('simulation.status.idle')
                : ''}
        </Typography>
      </Stack>

      {sim.status === 'error' && <Alert severity="error">{t('simulation.status.error', { message: sim.error ?? '' })}</Alert>}

      {view && (
        <>
          <Alert severity={view.checks === 0 ? 'info' : view.pass ? 'success' : 'error'} data-testid="simulation-verdict" data-pass={String(view.pass)}>
            {view.checks === 0
              ? t('simulation.verdict.noChecks', { policy: policyLabel(view.policyId) })
              : view.pass
                ? t('simulation.verdict.pass', { count: view.checks, policy: policyLabel(view.policyId) })
                : t('simulation.verdict.fail', { failed: view.failed, count: view.checks, policy: policyLabel(view.policyId) })}
          </Alert>

          <Section title={t('simulation.speed.title')} testId="speed-section">
            <Typography variant="body2" color="text.secondary">
              {t('simulation.speed.intro')}
            </Typography>
            <SpeedCards view={view} />
          </Section>

          <Section title={t('simulation.req.title')}>
            <RequirementCards view={view} />
          </Section>

          <Section title={t('simulation.map.title')}>
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
              <MapLegend />
            </Stack>
            <Paper variant="outlined" sx={{ p: 1 }}>
              <Suspense fallback={<Box sx={{ aspectRatio: '975 / 610', display: 'grid', placeItems: 'center' }}>{t('simulation.map.loading')}</Box>}>
                {sim.result && <UsMap states={view.states} zip3={sim.result.byZip3} level={level} />}
              </Suspense>
            </Paper>
            <Typography variant="caption" color="text.secondary">
              {t('simulation.map.note')}
            </Typography>
          </Section>

          <Section title={t('simulation.heat.title')}>
            <Heatmap view={view} />
          </Section>

          <Section title={t('simulation.states.title')}>
            <StateTable states={view.states} />
          </Section>
        </>
      )}

      <Section title={t('simulation.explain.title')} testId="explain-section">
        <Paper sx={{ p: 2 }}>
          <ExplainPanel />
        </Paper>
      </Section>

      {sim.result && sim.result.findings.length > 0 && (
        <Section title={t('simulation.findings.title')}>
          <Stack spacing={1} data-testid="simulation-findings">
            {sim.result.findings.map((f, i) => (
              <Alert key={`${f.ruleId}-${f.path}-${i}`} severity={f.severity === 'info' ? 'info' : f.severity}>
                {t(f.messageKey, f.params)}
                {f.fix ? ` ${t(f.fix.messageKey, f.fix.params)}` : ''}
              </Alert>
            ))}
          </Stack>
        </Section>
      )}
    </Stack>
  );
}
