import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import { useZipHint } from '../../components/useZipHint';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import StarIcon from '@mui/icons-material/Star';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import { SIZE_TIERS, type SizeTier } from '../../../../shared/domain/carrier';
import type { PromiseAlternative } from '../../../../shared/engine/explainedPromise';
import { useStore } from '../../store';
import { localiseParams } from '../../lib/localiseParams';
import { ToneBadge } from '../weekend/badges';
import { useFormat } from './format';
import { promiseTone } from '../../lib/simulationView';
import { parseTimeInput } from '../../../../shared/time/timeInput';

/** Today at 15:30 on the user's clock, as 'YYYY-MM-DDTHH:MM': a mid-afternoon view, near a typical cutoff. */
function defaultMoment(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T15:30`;
}

/** Pick a ZIP and a moment; see the promise, its step-by-step explanation and every alternative. */
export function ExplainPanel() {
  const { t, language } = useT();
  const f = useFormat();
  const explain = useStore((s) => s.explain);
  const run = useStore((s) => s.explainPromise);
  const warehouses = useStore((s) => s.doc?.settings.warehouses);
  const [zip, setZip] = useState(explain.query?.to ?? '10001');
  const initial = explain.query?.at ?? defaultMoment();
  const [date, setDate] = useState(initial.slice(0, 10));
  // The time is typed as everywhere else in the app (24-hour, 15:30 / 1530 / 3:30 pm): the browser's
  // date-time picker follows the OS locale and showed "03:30 PM".
  const [timeText, setTimeText] = useState(initial.slice(11, 16));
  const [tier, setTier] = useState<SizeTier>(explain.query?.sizeTier ?? 'standard');
  const [touched, setTouched] = useState(false);
  const zipError = !/^\d{3}(\d{2})?$/.test(zip);
  const zipHint = useZipHint(zip);
  const time = parseTimeInput(timeText, { final: true });
  const dateError = !/^\d{4}-\d{2}-\d{2}$/.test(date);
  const at = time.ok ? `${date}T${time.time}` : '';
  const atError = dateError || !time.ok;
  const warehouseName = (id: string) => warehouses?.find((w) => w.id === id)?.name ?? id;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (zipError || atError) return;
    void run({ to: zip, at, sizeTier: tier });
  };

  const result = explain.result;
  const isChosen = (a: PromiseAlternative) =>
    result?.ok === true && a.warehouseId === result.warehouseId && a.serviceId === result.service.serviceId;

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t('simulation.explain.intro')}
      </Typography>
      <Box
        component="form"
        onSubmit={submit}
        noValidate
        sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <TextField
          label={t('simulation.explain.zip')}
          value={zip}
          onChange={(e) => setZip(e.target.value.trim())}
          error={touched && zipError}
          helperText={
            touched && zipError ? t('simulation.explain.invalidZip') : (zipHint ?? t('simulation.explain.zipHelp'))
          }
          size="small"
          sx={{ width: 200 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5, 'data-testid': 'explain-zip' } }}
        />
        <TextField
          label={t('simulation.explain.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={touched && dateError}
          helperText={touched && dateError ? t('simulation.explain.invalidAt') : ' '}
          size="small"
          sx={{ width: 170 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'explain-date' } }}
        />
        <TextField
          label={t('simulation.explain.time')}
          value={timeText}
          onChange={(e) => setTimeText(e.target.value)}
          onBlur={() => time.ok && setTimeText(time.time)}
          error={touched && !time.ok}
          helperText={touched && !time.ok ? t('simulation.explain.invalidTime') : t('simulation.explain.timeHelp')}
          size="small"
          sx={{ width: 190 }}
          slotProps={{ htmlInput: { 'data-testid': 'explain-time', inputMode: 'numeric' } }}
        />
        <TextField
          select
          label={t('simulation.explain.tier')}
          value={tier}
          onChange={(e) => setTier(e.target.value as SizeTier)}
          size="small"
          sx={{ width: 180 }}
          helperText=" "
        >
          {SIZE_TIERS.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`policy.tier.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained" data-testid="explain-run" sx={{ mt: 0.25 }}>
          {t('simulation.explain.run')}
        </Button>
      </Box>

      <Box aria-live="polite" data-testid="explain-result" data-status={explain.status}>
        {explain.status === 'running' && !result && <Typography>{t('simulation.explain.running')}</Typography>}
        {explain.status === 'error' && <Alert severity="error">{explain.error}</Alert>}
        {result && (
          <Stack spacing={2}>
            {result.ok ? (
              <Alert
                severity={promiseTone(result.promiseDays)}
                icon={promiseTone(result.promiseDays) === 'success' ? <StarIcon /> : undefined}
                data-testid="explain-headline"
                data-tone={promiseTone(result.promiseDays)}
              >
                {t('simulation.explain.headline', {
                  deliveryDate: f.date(result.deliveryDate),
                  days: result.promiseDays,
                  service: t(`catalog.service.${result.service.serviceId}`),
                  warehouse: warehouseName(result.warehouseId),
                })}
                {promiseTone(result.promiseDays) !== 'success' &&
                  ` ${t('simulation.explain.slow', { days: result.promiseDays })}`}
              </Alert>
            ) : (
              <Alert severity="warning" data-testid="explain-headline">
                {t('simulation.explain.noPromise')} {t(result.reason, localiseParams(result.params, language))}
              </Alert>
            )}
            {result.explanation.length > 0 && (
              <Box>
                <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
                  {t('simulation.explain.steps')}
                </Typography>
                <Box component="ol" sx={{ pl: 3, my: 0.5 }} data-testid="explain-steps">
                  {result.explanation.map((step, i) => (
                    <Typography component="li" variant="body2" key={i} sx={{ py: 0.25 }}>
                      {t(step.key, localiseParams(step.params, language))}
                    </Typography>
                  ))}
                </Box>
              </Box>
            )}
            {result.alternatives.length > 0 && (
              <Box>
                <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
                  {t('simulation.explain.alternatives')}
                </Typography>
                <TableContainer component={Paper} variant="outlined">
                  <Table
                    size="small"
                    aria-label={t('simulation.explain.alternativesLabel')}
                    data-testid="explain-alternatives"
                  >
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('simulation.explain.col.service')}</TableCell>
                        <TableCell>{t('simulation.explain.col.ship')}</TableCell>
                        <TableCell align="right">{t('simulation.explain.col.zone')}</TableCell>
                        <TableCell align="right">{t('simulation.explain.col.transit')}</TableCell>
                        <TableCell>{t('simulation.explain.col.delivery')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {result.alternatives.map((a) => (
                        <TableRow
                          key={`${a.warehouseId}-${a.serviceId}`}
                          selected={isChosen(a)}
                          data-chosen={isChosen(a) ? 'true' : 'false'}
                        >
                          <TableCell component="th" scope="row">
                            <Typography variant="body2" sx={{ fontWeight: isChosen(a) ? 600 : 400 }}>
                              {t(`catalog.service.${a.serviceId}`)}
                            </Typography>
                            <Typography variant="caption" color="text.secondary">
                              {warehouseName(a.warehouseId)}
                            </Typography>
                          </TableCell>
                          <TableCell>{a.shipDate ? f.date(a.shipDate) : t('simulation.noData')}</TableCell>
                          <TableCell align="right">{a.zone ?? t('simulation.noData')}</TableCell>
                          <TableCell align="right">{a.transitDays ?? t('simulation.noData')}</TableCell>
                          <TableCell>
                            <Stack
                              direction="row"
                              spacing={1}
                              sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}
                            >
                              <Typography variant="body2">
                                {a.deliveryDate
                                  ? f.date(a.deliveryDate)
                                  : t(a.reasonKey === undefined ? 'simulation.noData' : a.reasonKey)}
                              </Typography>
                              {isChosen(a) && (
                                <ToneBadge tone="success" icon={<StarIcon />} label={t('simulation.explain.chosen')} />
                              )}
                              {a.outsideBuyShipping && (
                                <ToneBadge
                                  tone="info"
                                  icon={<HandshakeOutlinedIcon />}
                                  label={t('simulation.explain.outside')}
                                />
                              )}
                            </Stack>
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              </Box>
            )}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
