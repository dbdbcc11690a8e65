import { useMemo, type ReactElement } from 'react';
import { useT } from '../../app/i18n/useT';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import GavelIcon from '@mui/icons-material/Gavel';
import TuneIcon from '@mui/icons-material/Tune';
import { listAssumptions, type AssumptionStatus } from '../../../../shared/report/assumptions';
import { useStore } from '../../store';
import { ToneBadge } from '../weekend/badges';
import { WeekShown } from '../simulation/WeekPicker';

const STATUS_TONE: Record<AssumptionStatus, { tone: 'success' | 'info' | 'warning'; icon: ReactElement }> = {
  overridden: { tone: 'success', icon: <EditOutlinedIcon /> },
  default: { tone: 'warning', icon: <TuneIcon /> },
  rule: { tone: 'info', icon: <GavelIcon /> },
};

/**
 * Every default the figures rest on, with its source and whether this plan replaces it: the same list
 * (shared/report/assumptions.ts) as the report's Assumptions section.
 */
export function AssumptionsPage() {
  const { t, locale } = useT();
  const settings = useStore((s) => s.doc?.settings);
  const items = useMemo(
    () =>
      settings
        ? listAssumptions(settings, {
            locale,
            colon: t('report.colon'),
            // The holiday count is for the current year; the list itself never reads the clock.
            year: new Date().getFullYear(),
            dayName: (d) => t(`assumptions.day.${d}`),
            serviceName: (id) => t(`catalog.service.${id}`),
            regionName: (r) => t(`catalog.region.${r}`),
          })
        : [],
    [settings, locale, t],
  );

  if (!settings) {
    return (
      <Stack spacing={2}>
        <Typography variant="h1">{t('assumptions.title')}</Typography>
        <Paper sx={{ p: 3 }}>
          <Typography>{t('app.noScenario')}</Typography>
        </Paper>
      </Stack>
    );
  }
  const overridden = items.filter((a) => a.status === 'overridden').length;
  return (
    <Stack spacing={2}>
      <Typography variant="h1">{t('assumptions.title')}</Typography>
      <Typography color="text.secondary">{t('assumptions.intro')}</Typography>
      <Typography data-testid="assumptions-count">
        {t('assumptions.count', { total: items.length, overridden })}
      </Typography>
      {/* The period the figures are for is itself an assumption (the "Simulated week" row): say which. */}
      <WeekShown settings={settings} testId="assumptions-period" />
      <TableContainer component={Paper}>
        <Table size="small" aria-label={t('assumptions.tableLabel')} data-testid="assumptions-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('assumptions.col.topic')}</TableCell>
              <TableCell>{t('assumptions.col.value')}</TableCell>
              <TableCell>{t('assumptions.col.source')}</TableCell>
              <TableCell>{t('assumptions.col.grade')}</TableCell>
              <TableCell>{t('assumptions.col.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((a) => (
              <TableRow
                key={a.id}
                data-testid="assumption-row"
                data-assumption={a.id}
                data-status={a.status}
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell component="th" scope="row" sx={{ fontWeight: 600, minWidth: 140 }}>
                  {t(a.topicKey)}
                </TableCell>
                <TableCell sx={{ minWidth: 260 }}>
                  {t(a.valueKey, a.valueParams)}
                  {a.overrideKey && (
                    <Typography variant="body2" sx={{ fontWeight: 600, mt: 0.5 }} data-testid="assumption-override">
                      {t(a.overrideKey, a.overrideParams)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Typography variant="body2" color="text.secondary">
                    {t(a.sourceKey)}
                  </Typography>
                </TableCell>
                <TableCell>{a.grade}</TableCell>
                <TableCell>
                  <ToneBadge
                    tone={STATUS_TONE[a.status].tone}
                    icon={STATUS_TONE[a.status].icon}
                    label={t(`assumptions.status.${a.status}`)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
