import { type ReactNode } from 'react';
import { useT } from '../../app/i18n/useT';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import Tooltip from '@mui/material/Tooltip';
import useMediaQuery from '@mui/material/useMediaQuery';
import { visuallyHidden } from '@mui/utils';
import WarehouseIcon from '@mui/icons-material/Warehouse';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import WeekendIcon from '@mui/icons-material/Weekend';
import InsightsIcon from '@mui/icons-material/Insights';
import VerifiedIcon from '@mui/icons-material/Verified';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import DescriptionIcon from '@mui/icons-material/Description';
import SettingsIcon from '@mui/icons-material/Settings';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import { ReturnsNavCount } from '../returns/ReturnsNavCount';
import { useStore } from '../../store';
import { PAGES, type Page } from '../../store/appSlice';
import { SaveStatus } from '../../components/SaveStatus';
import { LeaveGuard } from '../../components/LeaveGuard';

const DRAWER_WIDTH = 232;
/**
 * Below 1200 px the navigation shrinks to its icons (names as tooltips and for screen readers), so a
 * 1024 px window keeps room for the whole week: the carrier grid's Saturday and Sunday columns.
 */
const RAIL_WIDTH = 64;
const COMPACT_QUERY = '(max-width: 1199.95px)';

const ICONS: Record<Page, ReactNode> = {
  warehouses: <WarehouseIcon />,
  schedule: <CalendarMonthIcon />,
  weekend: <WeekendIcon />,
  simulation: <InsightsIcon />,
  eligibility: <VerifiedIcon />,
  scenarios: <CompareArrowsIcon />,
  reports: <DescriptionIcon />,
  returns: <AssignmentReturnIcon />,
  assumptions: <FactCheckIcon />,
  settings: <SettingsIcon />,
};

/** The frame every page lives in: title bar with the current scenario, navigation, content. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useT();
  const page = useStore((s) => s.page);
  const setPage = useStore((s) => s.setPage);
  const scenario = useStore((s) => s.scenarios.find((x) => x.id === s.prefs.currentScenarioId));
  const compact = useMediaQuery(COMPACT_QUERY, { noSsr: true });
  const navWidth = compact ? RAIL_WIDTH : DRAWER_WIDTH;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }} elevation={1}>
        <Toolbar>
          <Typography component="span" variant="h6" sx={{ fontWeight: 700, mr: 2 }}>
            {t('app.name')}
          </Typography>
          <Typography component="span" variant="body2" sx={{ opacity: 0.85, flexGrow: 1 }}>
            {t('app.tagline')}
          </Typography>
          <Box
            sx={{ textAlign: 'right', py: 0.5 }}
            data-testid="scenario-status"
            data-live={scenario ? String(scenario.isLive) : undefined}
          >
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1 }}>
              <Typography component="span" variant="body2" data-testid="current-scenario">
                {scenario ? t('app.currentScenario', { name: scenario.name }) : t('app.noScenario')}
              </Typography>
              {scenario && (
                <Chip
                  size="small"
                  label={t(scenario.isLive ? 'scenarios.header.live' : 'scenarios.header.whatIf')}
                  // A fixed deep green in both themes: the dark theme's success.dark (#388e3c) gives white
                  // text only 4.1:1; #1b5e20 gives 7.9:1.
                  sx={{
                    bgcolor: scenario.isLive ? '#1b5e20' : 'warning.light',
                    color: scenario.isLive ? 'common.white' : 'common.black',
                    fontWeight: 600,
                  }}
                />
              )}
            </Box>
            {scenario && (
              // Said on every page: "live" only marks which plan is yours; nothing leaves this computer.
              <Typography component="p" variant="caption" sx={{ opacity: 0.9, m: 0 }}>
                {t(scenario.isLive ? 'scenarios.header.liveMeans' : 'scenarios.header.whatIfMeans')}
              </Typography>
            )}
          </Box>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: navWidth,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: navWidth, boxSizing: 'border-box', overflowX: 'hidden' },
        }}
        data-compact={compact ? 'true' : 'false'}
      >
        <Toolbar />
        <nav aria-label={t('app.mainNavigation')}>
          <List>
            {PAGES.map((p) => (
              // A list holds list items: each button sits in its own <li> so screen readers announce
              // "list, 7 items" and the position of each page.
              <ListItem key={p} disablePadding>
                <Tooltip title={compact ? t(`nav.${p}`) : ''} placement="right" disableInteractive>
                  <ListItemButton
                    selected={page === p}
                    aria-current={page === p ? 'page' : undefined}
                    onClick={() => setPage(p)}
                    data-testid={`nav-${p}`}
                  >
                    <ListItemIcon sx={{ minWidth: 40 }}>{ICONS[p]}</ListItemIcon>
                    <ListItemText primary={t(`nav.${p}`)} sx={compact ? visuallyHidden : undefined} />
                    {p === 'returns' && <ReturnsNavCount />}
                  </ListItemButton>
                </Tooltip>
              </ListItem>
            ))}
          </List>
        </nav>
      </Drawer>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1, minHeight: 32 }}>
          <SaveStatus />
        </Box>
        <LeaveGuard />
        {children}
      </Box>
    </Box>
  );
}
