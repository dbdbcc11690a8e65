import { lazy, Suspense, useEffect, useMemo } from 'react';
import { messageOf, useT } from './i18n/useT';
import { ThemeProvider } from '@mui/material/styles';
import CssBaseline from '@mui/material/CssBaseline';
import useMediaQuery from '@mui/material/useMediaQuery';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useStore } from '../store';
import { buildTheme } from './theme';
import { setLanguage } from './i18n';
import { isTextEditing, onBeforeUnload, runMenuCommand, undoCommand } from './menuCommands';
import { onMenuCommand } from '../lib/api';
import { AppShell } from '../features/shell/AppShell';
import { PlanNotices } from '../features/shell/PlanNotices';
import { StartupNotice } from '../features/shell/StartupNotice';
import { WarehousesPage } from '../features/warehouses/WarehousesPage';
import type { Page } from '../store/appSlice';

// Pages other than the landing one load on first visit, so the app starts on less JavaScript.
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const SchedulePage = lazy(() => import('../features/schedule/SchedulePage').then((m) => ({ default: m.SchedulePage })));
const ScenariosPage = lazy(() =>
  import('../features/scenarios/ScenariosPage').then((m) => ({ default: m.ScenariosPage })),
);
const WeekendPage = lazy(() => import('../features/weekend/WeekendPage').then((m) => ({ default: m.WeekendPage })));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const SimulationPage = lazy(() =>
  import('../features/simulation/SimulationPage').then((m) => ({ default: m.SimulationPage })),
);
const EligibilityPage = lazy(() =>
  import('../features/eligibility/EligibilityPage').then((m) => ({ default: m.EligibilityPage })),
);
const ReturnsPage = lazy(() => import('../features/returns/ReturnsPage').then((m) => ({ default: m.ReturnsPage })));
const AssumptionsPage = lazy(() =>
  import('../features/assumptions/AssumptionsPage').then((m) => ({ default: m.AssumptionsPage })),
);

function PageView({ page }: { page: Page }) {
  switch (page) {
    case 'warehouses':
      return <WarehousesPage />;
    case 'settings':
      return <SettingsPage />;
    case 'schedule':
      return <SchedulePage />;
    case 'scenarios':
      return <ScenariosPage />;
    case 'weekend':
      return <WeekendPage />;
    case 'reports':
      return <ReportsPage />;
    case 'simulation':
      return <SimulationPage />;
    case 'eligibility':
      return <EligibilityPage />;
    case 'assumptions':
      return <AssumptionsPage />;
    case 'returns':
      return <ReturnsPage />;
  }
}

export function App() {
  const { t } = useT();
  const status = useStore((s) => s.status);
  const loadError = useStore((s) => s.loadError);
  const prefs = useStore((s) => s.prefs);
  const page = useStore((s) => s.page);
  const notice = useStore((s) => s.notice);
  const notify = useStore((s) => s.notify);
  const boot = useStore((s) => s.boot);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const mode = prefs.theme === 'system' ? (systemDark ? 'dark' : 'light') : prefs.theme;
  const theme = useMemo(() => buildTheme(mode), [mode]);

  useEffect(() => {
    void boot();
  }, [boot]);
  // Ctrl/Cmd+Z undoes (see undoCommand) and Ctrl/Cmd+S saves now, in a browser as in Electron,
  // where the native menu sends the same commands.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        if (isTextEditing(e.target)) return;
        e.preventDefault();
        undoCommand();
      } else if (key === 's') {
        e.preventDefault();
        void useStore.getState().flushSave();
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    const unsubscribe = onMenuCommand(runMenuCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
      unsubscribe();
    };
  }, []);
  useEffect(() => setLanguage(prefs.language), [prefs.language]);
  useEffect(() => {
    document.title = `${t(`nav.${page}`)} — ShipWeek`;
  }, [page, t, prefs.language]);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {status === 'loading' && (
        <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }} role="status">
          <CircularProgress aria-label={t('app.loading')} />
        </Box>
      )}
      {status === 'failed' && (
        <Box sx={{ p: 4 }}>
          <Alert severity="error">
            <Typography>
              {t('app.loadFailed', {
                message: loadError ? messageOf(t, loadError.key, undefined, loadError.message) : undefined,
              })}
            </Typography>
          </Alert>
        </Box>
      )}
      {status === 'ready' && (
        <AppShell>
          <StartupNotice />
          <PlanNotices />
          <Suspense fallback={<CircularProgress aria-label={t('app.loading')} sx={{ m: 4 }} />}>
            <PageView page={page} />
          </Suspense>
        </AppShell>
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={notice?.severity === 'error' || notice?.action === 'undo' ? 8000 : 3000}
        onClose={() => notify(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice ? (
          <Alert
            severity={notice.severity}
            onClose={() => notify(null)}
            variant="filled"
            data-testid="notice"
            action={
              notice.action === 'undo' ? (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => useStore.getState().undo()}
                  data-testid="notice-undo"
                >
                  {t('save.undo')}
                </Button>
              ) : undefined
            }
          >
            {messageOf(t, notice.key, notice.params, notice.text)}
          </Alert>
        ) : undefined}
      </Snackbar>
    </ThemeProvider>
  );
}
