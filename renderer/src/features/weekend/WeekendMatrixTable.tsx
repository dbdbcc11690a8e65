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
import type { ServiceId } from '../../../../shared/domain/carrier';
import { WEEKEND_MATRIX, weekendRowKey } from '../../../../shared/catalog/weekendMatrix';
import { CapabilityBadge } from './badges';

const CELLS = ['satPickup', 'satDropoff', 'sunPickup', 'sunDropoff'] as const;

/** The help page's weekend matrix, one row per carrier service group, with the services this plan uses marked. */
export function WeekendMatrixTable({ usedServices }: { usedServices: ReadonlySet<ServiceId> }) {
  const { t } = useT();
  const sep = t('weekend.listSeparator');
  return (
    <Stack spacing={1}>
      <Typography variant="h2">{t('weekend.matrix.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('weekend.matrix.intro')}
      </Typography>
      <TableContainer component={Paper}>
        <Table size="small" aria-label={t('weekend.matrix.tableLabel')} data-testid="weekend-matrix">
          <TableHead>
            <TableRow>
              <TableCell>{t('weekend.matrix.carrier')}</TableCell>
              <TableCell>{t('weekend.matrix.row')}</TableCell>
              {CELLS.map((c) => (
                <TableCell key={c}>{t(`catalog.weekendMatrix.${c}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {WEEKEND_MATRIX.map((row) => {
              const used = row.services.filter((s) => usedServices.has(s));
              return (
                <TableRow key={`${row.carrier}-${row.row}`} data-testid="weekend-matrix-row">
                  <TableCell component="th" scope="row">
                    {t(`catalog.carrier.${row.carrier}`)}
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2">{t(weekendRowKey(row))}</Typography>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {row.services.map((s) => t(`catalog.service.${s}`)).join(sep)}
                    </Typography>
                    {used.length > 0 && (
                      <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>
                        {t('weekend.matrix.usedHere', {
                          services: used.map((s) => t(`catalog.service.${s}`)).join(sep),
                        })}
                      </Typography>
                    )}
                  </TableCell>
                  {CELLS.map((c) => (
                    <TableCell key={c}>
                      <CapabilityBadge capability={row[c]} />
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="body2" color="text.secondary">
        {t('catalog.capability.limitedExplained')}
      </Typography>
    </Stack>
  );
}
