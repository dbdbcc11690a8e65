import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { BacktestResultDto } from '../../../../shared/ipc/orderReportSchemas';
import { loadGeo } from '../../../../shared/geo';
import { stateName } from '../../../../shared/geo/states';
import { GAP_FILL, gapClass } from './backtestGap';
import { gapByZip3State, initialDrillState } from './backtestZip3';

/**
 * The gap map's drill-down: for the state picked (at first, the one with the most orders that
 * disagree), each of its ZIP3s with the same figures and gap band as the map gives the state, so a
 * user sees where in the state ShipWeek's dates and Amazon's part.
 */
export function GapZip3Table({ result }: { result: Pick<BacktestResultDto, 'byState' | 'byZip3'> }) {
  const { t, lang } = useT();
  const byState = useMemo(() => gapByZip3State(result, loadGeo()), [result]);
  const states = useMemo(
    () => [...byState.keys()].sort((a, b) => stateName(a, lang).localeCompare(stateName(b, lang), lang)),
    [byState, lang],
  );
  const [picked, setPicked] = useState<string | null>(null);
  const state = picked !== null && byState.has(picked) ? picked : initialDrillState(result, byState);
  if (state === null) return null;
  const rows = byState.get(state) ?? [];
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const days = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const name = stateName(state, lang);
  return (
    <Box data-testid="backtest-zip3" data-state={state}>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
        {t('reports.backtest.zip3.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('reports.backtest.zip3.note')}
      </Typography>
      <TextField
        select
        size="small"
        sx={{ minWidth: 240, mb: 1 }}
        label={t('reports.backtest.zip3.state')}
        value={state}
        onChange={(e) => setPicked(e.target.value)}
      >
        {states.map((code) => (
          <MenuItem key={code} value={code}>
            {stateName(code, lang)} ({code})
          </MenuItem>
        ))}
      </TextField>
      <TableContainer component={Paper} variant="outlined">
        <Table
          size="small"
          aria-label={t('reports.backtest.zip3.table', { state: name })}
          data-testid="backtest-zip3-table"
        >
          <TableHead>
            <TableRow>
              {(['zip3', 'gap', 'orders', 'agree', 'earlier', 'later', 'meanDiff'] as const).map((c) => (
                <TableCell key={c} align={c === 'zip3' || c === 'gap' ? 'left' : 'right'}>
                  {t(`reports.backtest.col.${c}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((g) => {
              const band = gapClass(g);
              return (
                <TableRow key={g.key} data-testid="backtest-zip3-row" data-zip3={g.key} data-paint={band}>
                  <TableCell>{g.key}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
                      <Box
                        aria-hidden
                        sx={{
                          width: 12,
                          height: 12,
                          flex: 'none',
                          borderRadius: '3px',
                          border: 1,
                          borderColor: 'divider',
                          background:
                            band === 'unserved'
                              ? 'repeating-linear-gradient(45deg, #c62828 0 2px, #fbe3e3 2px 5px)'
                              : GAP_FILL[band],
                        }}
                      />
                      <span>{t(`reports.backtest.map.legend.${band}`)}</span>
                    </Stack>
                  </TableCell>
                  <TableCell align="right">{g.compared}</TableCell>
                  <TableCell align="right">{percent.format(g.agree / g.compared)}</TableCell>
                  <TableCell align="right">{g.earlier}</TableCell>
                  <TableCell align="right">{g.later}</TableCell>
                  <TableCell align="right">{days.format(g.meanDiffDays)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
