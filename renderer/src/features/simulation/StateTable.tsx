import { memo, useMemo, useState } from 'react';
import { useT, type MessageKey } from '../../app/i18n/useT';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import BlockIcon from '@mui/icons-material/Block';
import { stateName } from '../../../../shared/geo';
import { ToneBadge } from '../weekend/badges';
import type { StateRow } from '../../lib/simulationView';
import { useFormat } from './format';

type SortKey = 'state' | 'weight' | 'le1' | 'le2' | 'le5' | 'lost' | 'mean' | 'covered';
const COLUMNS: { key: SortKey; labelKey: MessageKey; numeric: boolean }[] = [
  { key: 'state', labelKey: 'simulation.states.col.state', numeric: false },
  { key: 'weight', labelKey: 'simulation.states.col.weight', numeric: true },
  { key: 'le1', labelKey: 'simulation.states.col.le1', numeric: true },
  { key: 'le2', labelKey: 'simulation.states.col.le2', numeric: true },
  { key: 'le5', labelKey: 'simulation.states.col.le5', numeric: true },
  { key: 'lost', labelKey: 'simulation.states.col.lost', numeric: true },
  { key: 'mean', labelKey: 'simulation.states.col.mean', numeric: true },
  { key: 'covered', labelKey: 'simulation.states.col.covered', numeric: false },
];

/** Per-state figures (48 states + DC), sortable by any column; the accessible twin of the map. */
/** Points lost that still show after rounding to one decimal. */
const lostShown = (points: number | null) => points !== null && Math.round(points * 10) > 0;

export const StateTable = memo(function StateTable({ states }: { states: readonly StateRow[] }) {
  const { t } = useT();
  const f = useFormat();
  // With a ≤2-day target, the states that cost the most points come first (the plan of action's ranking).
  const hasTarget = states.some((r) => r.pointsLost !== null);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>(
    hasTarget ? { key: 'lost', dir: 'desc' } : { key: 'state', dir: 'asc' },
  );
  const columns = hasTarget ? COLUMNS : COLUMNS.filter((c) => c.key !== 'lost');
  // Ordering is presentation: the figures themselves come from the store.
  const rows = useMemo(() => {
    const value = (r: StateRow): number | string => {
      switch (sort.key) {
        case 'state':
          return stateName(r.code, f.lang);
        case 'weight':
          return r.weight;
        case 'le1':
          return r.le1;
        case 'le2':
          return r.le2;
        case 'le5':
          return r.le5;
        case 'lost':
          return r.pointsLost ?? 0;
        case 'mean':
          return r.meanDays ?? Number.POSITIVE_INFINITY;
        case 'covered':
          return r.covered ? 1 : 0;
      }
    };
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...states].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const by = sign * (typeof va === 'string' ? va.localeCompare(vb as string, f.lang) : va - (vb as number));
      // Equal figures (every state meeting the target loses 0) fall back to the state's name.
      return by !== 0 ? by : stateName(a.code, f.lang).localeCompare(stateName(b.code, f.lang), f.lang);
    });
  }, [states, sort, f.lang]);

  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="state-coverage-rule">
        {t('simulation.states.rule')}
      </Typography>
      <TableContainer component={Paper} sx={{ maxHeight: 440 }}>
        <Table size="small" stickyHeader aria-label={t('simulation.states.tableLabel')} data-testid="state-table">
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableCell
                  key={c.key}
                  align={c.numeric ? 'right' : 'left'}
                  sortDirection={sort.key === c.key ? sort.dir : false}
                >
                  <TableSortLabel
                    active={sort.key === c.key}
                    direction={sort.key === c.key ? sort.dir : 'asc'}
                    onClick={() =>
                      setSort((s) => ({ key: c.key, dir: s.key === c.key && s.dir === 'asc' ? 'desc' : 'asc' }))
                    }
                    aria-label={t('simulation.states.sortBy', { column: t(c.labelKey) })}
                  >
                    {t(c.labelKey)}
                  </TableSortLabel>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.code} data-testid="state-row" data-state={r.code}>
                <TableCell component="th" scope="row">
                  {stateName(r.code, f.lang)} ({r.code})
                </TableCell>
                <TableCell align="right">{f.percent(r.weight)}</TableCell>
                <TableCell align="right">{f.percent(r.le1)}</TableCell>
                <TableCell align="right">{f.percent(r.le2)}</TableCell>
                <TableCell align="right" data-testid="state-le5">
                  {f.percent(r.le5)}
                </TableCell>
                {hasTarget && (
                  <TableCell
                    align="right"
                    data-testid="state-lost"
                    sx={{ fontWeight: lostShown(r.pointsLost) ? 600 : undefined }}
                  >
                    {lostShown(r.pointsLost)
                      ? t('simulation.states.lostValue', { points: f.gapPoints(r.pointsLost! / 100) })
                      : r.pointsLost
                        ? // Less than 0.05 points: no minus sign before a figure that reads as zero ("−0.0").
                          t('simulation.states.lostRounded', { points: f.gapPoints(0) })
                        : '0'}
                  </TableCell>
                )}
                <TableCell align="right">{r.meanDays === null ? t('simulation.noData') : f.days(r.meanDays)}</TableCell>
                <TableCell>
                  {r.covered ? (
                    <ToneBadge
                      tone="success"
                      icon={<CheckCircleOutlineIcon />}
                      label={t('simulation.states.covered')}
                    />
                  ) : (
                    <ToneBadge
                      tone="error"
                      strong
                      icon={<BlockIcon />}
                      label={
                        r.unreachableZip3s.length > 0
                          ? t('simulation.states.unreachable', {
                              count: r.unreachableZip3s.length,
                              zip3s: shortList(r.unreachableZip3s),
                            })
                          : t('simulation.states.notCovered')
                      }
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
});

/** The first few ZIP3s, then an ellipsis: a state can have dozens. */
function shortList(zip3s: readonly string[]): string {
  return zip3s.length <= 4 ? zip3s.join(', ') : `${zip3s.slice(0, 4).join(', ')}, …`;
}
