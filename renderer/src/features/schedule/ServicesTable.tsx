import { Fragment, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/Delete';
import { SERVICE_IDS, type ServiceId } from '../../../../shared/domain/carrier';
import type { Warehouse } from '../../../../shared/domain/settings';
import { WEEKDAYS } from '../../../../shared/time/dateTime';
import type { Finding } from '../../../../shared/engine/findings';
import { useFindingText } from '../../components/FindingText';
import { HelpTip } from '../../components/HelpTip';
import { findingsAt } from '../../store/selectors';
import { useStore } from '../../store';
import { HandoverCell } from './HandoverCell';
import { newServicePlan, setHandoverKind } from './editSchedule';

/** The service column stays in view while the week scrolls sideways on narrower windows. */
const STICKY = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  borderRight: 1,
  borderRightColor: 'divider',
} as const;

interface Props {
  wi: number;
  warehouse: Warehouse;
  findings: Finding[];
}

/** Carrier services of a warehouse: a row per service, a column per weekday. */
export function ServicesTable({ wi, warehouse, findings }: Props) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const notify = useStore((s) => s.notify);
  const text = useFindingText();
  const [toAdd, setToAdd] = useState<ServiceId | ''>('');
  const unused = SERVICE_IDS.filter((id) => !warehouse.services.some((p) => p.serviceId === id));

  return (
    <Stack spacing={2}>
      <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
        <Table
          size="small"
          aria-label={t('schedule.services.tableLabel', { warehouse: warehouse.name })}
          sx={{ '& td, & th': { px: 0.5, verticalAlign: 'top' } }}
        >
          <TableHead>
            <TableRow>
              <TableCell sx={{ minWidth: 168, ...STICKY }}>
                {t('schedule.col.service')}
                {/* What the row's switch, zone cap and weekend plan boxes mean, once for every row. */}
                <Typography
                  component="span"
                  variant="caption"
                  sx={{ display: 'block', color: 'text.secondary' }}
                  data-testid="services-help"
                >
                  Prime
                  <HelpTip term="primeSwitch" />
                  {' · '}
                  {t('schedule.zoneCap')}
                  <HelpTip term="zoneCap" />
                  {' · '}
                  {t('help.specialPlan.short')}
                  <HelpTip term="specialPlan" />
                </Typography>
              </TableCell>
              {WEEKDAYS.map((d) => (
                <TableCell key={d}>{t(`weekday.${d}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {warehouse.services.map((plan, si) => {
              const name = t(`catalog.service.${plan.serviceId}`);
              const rowFindings = findingsAt(findings, `warehouses.${wi}.services.${si}`);
              const rowLevel = rowFindings.filter((f) => !/\.days\./.test(f.path));
              // A day's findings are written below the row, full width: inside a time column they
              // squeezed a sentence into a 70 px strip twenty lines tall.
              const dayFindings = WEEKDAYS.map((day) => ({
                day,
                list: findingsAt(findings, `warehouses.${wi}.services.${si}.days.${day}`).filter(
                  (f) => f.severity !== 'info',
                ),
              })).filter((d) => d.list.length > 0);
              const findingId = (day: string) => `finding-${warehouse.id}-${plan.serviceId}-${day}`;
              return (
                <Fragment key={plan.serviceId}>
                  <TableRow
                    data-testid={`service-row-${plan.serviceId}`}
                    sx={{
                      opacity: plan.enabled ? 1 : 0.6,
                      ...(dayFindings.length ? { '& > td, & > th': { borderBottom: 0 } } : {}),
                    }}
                  >
                    <TableCell component="th" scope="row" sx={STICKY}>
                      <Stack spacing={0.5}>
                        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
                          <Typography variant="body2" sx={{ fontWeight: 600 }}>
                            {name}
                          </Typography>
                          <IconButton
                            size="small"
                            aria-label={t('schedule.removeService', { service: name })}
                            onClick={() => {
                              edit((s) => void s.warehouses[wi]!.services.splice(si, 1));
                              // Says what went (the service and how many days it handed parcels over) and offers Undo.
                              notify({
                                severity: 'success',
                                text: `${name} removed.`,
                                key: 'schedule.serviceRemoved',
                                params: {
                                  service: name,
                                  warehouse: warehouse.name,
                                  count: Object.keys(plan.days).length,
                                },
                                action: 'undo',
                              });
                            }}
                          >
                            <DeleteIcon fontSize="small" />
                          </IconButton>
                        </Stack>
                        <FormControlLabel
                          control={
                            <Switch
                              size="small"
                              checked={plan.enabled}
                              onChange={(e) =>
                                edit((s) => void (s.warehouses[wi]!.services[si]!.enabled = e.target.checked))
                              }
                              slotProps={{ input: { 'aria-label': t('schedule.enabled', { service: name }) } }}
                            />
                          }
                          label={<Typography variant="caption">Prime</Typography>}
                        />
                        <Select
                          size="small"
                          value={plan.zoneCap ?? 0}
                          onChange={(e) =>
                            edit((s) => {
                              const p = s.warehouses[wi]!.services[si]!;
                              const v = Number(e.target.value);
                              if (v === 0) delete p.zoneCap;
                              else p.zoneCap = v;
                            })
                          }
                          inputProps={{ 'aria-label': t('schedule.zoneCapLabel', { service: name }) }}
                          sx={{ fontSize: 13, '& .MuiSelect-select': { py: 0.5 } }}
                        >
                          <MenuItem value={0}>{t('schedule.zoneCapAll')}</MenuItem>
                          {[1, 2, 3, 4, 5, 6, 7].map((z) => (
                            <MenuItem key={z} value={z}>
                              {t('schedule.zoneCapUpTo', { zone: z })}
                            </MenuItem>
                          ))}
                        </Select>
                        <Stack direction="row">
                          {(['sat', 'sun'] as const).map((d) => (
                            <FormControlLabel
                              key={d}
                              control={
                                <Checkbox
                                  size="small"
                                  checked={plan.specialPlans[d]}
                                  onChange={(e) =>
                                    edit(
                                      (s) => void (s.warehouses[wi]!.services[si]!.specialPlans[d] = e.target.checked),
                                    )
                                  }
                                  slotProps={{
                                    input: {
                                      'aria-label': `${name}: ${t('schedule.specialPlan', { day: t(`catalog.weekday.${d}`) })}`,
                                    },
                                  }}
                                />
                              }
                              label={
                                <Typography variant="caption">
                                  {t('schedule.specialPlanShort', { day: t(`weekday.${d}`) })}
                                </Typography>
                              }
                            />
                          ))}
                        </Stack>
                        {rowLevel.map((f, i) => (
                          <Typography
                            key={i}
                            variant="caption"
                            color={f.severity === 'error' ? 'error' : 'text.secondary'}
                          >
                            {text(f)}
                          </Typography>
                        ))}
                      </Stack>
                    </TableCell>
                    {WEEKDAYS.map((day) => {
                      const flagged = dayFindings.some((d) => d.day === day);
                      return (
                        <TableCell key={day} data-testid={`handover-${plan.serviceId}-${day}`}>
                          <HandoverCell
                            day={day}
                            serviceName={name}
                            handover={plan.days[day]}
                            idPrefix={`${warehouse.id}:${plan.serviceId}`}
                            disabled={!plan.enabled}
                            flaggedBy={flagged ? findingId(day) : undefined}
                            onKind={(kind) => edit((s) => setHandoverKind(s.warehouses[wi]!.services[si]!, day, kind))}
                            onTimes={(h) => edit((s) => void (s.warehouses[wi]!.services[si]!.days[day] = h))}
                          />
                        </TableCell>
                      );
                    })}
                  </TableRow>
                  {dayFindings.length > 0 && (
                    <TableRow data-testid={`service-findings-${plan.serviceId}`}>
                      <TableCell colSpan={WEEKDAYS.length + 1} sx={{ pt: 0, pb: 1 }}>
                        <Stack component="ul" spacing={0.25} sx={{ m: 0, pl: 2.5 }}>
                          {dayFindings.flatMap(({ day, list }) =>
                            list.map((f, i) => (
                              <Typography
                                component="li"
                                variant="body2"
                                key={`${day}-${i}`}
                                id={i === 0 ? findingId(day) : undefined}
                                color={f.severity === 'error' ? 'error' : 'warning.dark'}
                              >
                                <strong>{t(`catalog.weekday.${day}`)}</strong>
                                {t('schedule.findingSeparator')}
                                {text(f)}
                              </Typography>
                            )),
                          )}
                        </Stack>
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {unused.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <FormControl size="small" sx={{ minWidth: 320 }}>
            <InputLabel id={`add-service-${wi}`}>{t('schedule.addService')}</InputLabel>
            <Select
              labelId={`add-service-${wi}`}
              label={t('schedule.addService')}
              value={toAdd}
              onChange={(e) => setToAdd(e.target.value as ServiceId)}
              data-testid="add-service-select"
            >
              {unused.map((id) => (
                <MenuItem key={id} value={id}>
                  {t(`catalog.service.${id}`)}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <Button
            variant="outlined"
            disabled={toAdd === ''}
            data-testid="add-service"
            onClick={() => {
              if (toAdd === '') return;
              edit((s) => void s.warehouses[wi]!.services.push(newServicePlan(toAdd)));
              setToAdd('');
            }}
          >
            {t('schedule.addServiceButton')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
