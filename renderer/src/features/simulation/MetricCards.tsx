import { useT } from '../../app/i18n/useT';
import { HelpTip } from '../../components/HelpTip';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { ToneBadge } from '../weekend/badges';
import { stateName } from '../../../../shared/geo';
import type { DashboardView, MetricCell, RequirementCard } from '../../lib/simulationView';
import type { DeliveredWeekdays } from '../../../../shared/engine/deliveredWeekdays';
import type { Weekday } from '../../../../shared/time/dateTime';
import { useFormat } from './format';
import { useStore } from '../../store';

/**
 * The weekdays this plan's promises deliver on (from the simulated week) and why each other day is
 * missing — the reasons behind the six-day delivery verdict.
 */
function DeliveredDays({ delivered }: { delivered: DeliveredWeekdays }) {
  const { t } = useT();
  const day = (d: Weekday) => t(`catalog.weekday.${d}`);
  return (
    <Box data-testid="delivered-weekdays">
      <Typography variant="caption" component="p">
        {delivered.days.length > 0
          ? t('engine.delivery.deliversOn', { days: delivered.days.map(day).join(', ') })
          : t('engine.delivery.deliversOnNone')}
      </Typography>
      {delivered.missing.map((m) => (
        <Typography
          key={m.day}
          variant="caption"
          component="p"
          color="text.secondary"
          data-testid="missing-delivery-day"
          data-day={m.day}
        >
          {t(`engine.delivery.missing.${m.reason}`, {
            day: day(m.day),
            services: m.services.map((id) => t(`catalog.service.${id}`)).join(', '),
          })}
        </Typography>
      ))}
    </Box>
  );
}

/** On a failing check: opens "What it takes" focused on this check (and starts its search). */
function WhatItTakes({ checkId, name }: { checkId: string; name: string }) {
  const { t } = useT();
  return (
    <Box>
      <Button
        size="small"
        href="#advisor-panel"
        aria-label={t('advisor.fromCheckLabel', { check: name })}
        data-testid={`what-it-takes-${checkId}`}
        onClick={(e) => {
          e.preventDefault();
          useStore.getState().openAdvisor(checkId);
        }}
        sx={{ px: 0.5, minWidth: 0 }}
      >
        {t('advisor.fromCheck')}
      </Button>
    </Box>
  );
}

function PassBadge({ pass, passLabel, failLabel }: { pass: boolean; passLabel: string; failLabel: string }) {
  return pass ? (
    <ToneBadge tone="success" icon={<CheckCircleOutlineIcon />} label={passLabel} data-pass="true" />
  ) : (
    <ToneBadge tone="error" strong icon={<HighlightOffIcon />} label={failLabel} data-pass="false" />
  );
}

function Card({ children, testId, failing }: { children: React.ReactNode; testId: string; failing?: boolean }) {
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, minWidth: 0, borderColor: failing ? 'error.main' : undefined, borderWidth: failing ? 2 : 1 }}
      data-testid={testId}
    >
      <Stack spacing={0.5}>{children}</Stack>
    </Paper>
  );
}

function SpeedCard({ cell }: { cell: MetricCell }) {
  const { t } = useT();
  const f = useFormat();
  return (
    <Card testId={`metric-${cell.id}`} failing={cell.pass === false}>
      <Typography variant="body2" color="text.secondary">
        {t(`policy.target.${cell.bucket}`)}
      </Typography>
      <Typography sx={{ fontSize: '1.6rem', fontWeight: 600, lineHeight: 1.2 }} data-testid="metric-value">
        {f.percent(cell.value)}
      </Typography>
      {cell.target === null ? (
        <Typography variant="caption" color="text.secondary">
          {t('simulation.metric.noTarget')}
        </Typography>
      ) : (
        <>
          <Typography variant="caption">
            {t('simulation.metric.target', { target: f.percent0(cell.target) })}
          </Typography>
          {cell.rounded && (
            <Typography variant="caption" color="text.secondary" data-testid="metric-rounded">
              {t('simulation.metric.rounded', {
                value: f.percent0(cell.rounded.value),
                target: f.percent0(cell.rounded.target),
              })}
            </Typography>
          )}
          <Box>
            <PassBadge
              pass={cell.pass === true}
              passLabel={t('simulation.metric.pass')}
              failLabel={t('simulation.metric.fail')}
            />
          </Box>
          {cell.pass === false && (
            <Typography variant="caption" sx={{ fontWeight: 600 }} data-testid="metric-gap">
              {t('simulation.metric.gap', { gap: f.gapPoints(cell.gap) })}
            </Typography>
          )}
          {cell.pass === false && (
            <WhatItTakes
              checkId={`speed.${cell.id}`}
              name={`${t(`policy.tier.${cell.tier}`)} · ${t(`policy.target.${cell.bucket}`)}`}
            />
          )}
        </>
      )}
    </Card>
  );
}

/** ≤1 / ≤2 (/ ≤3) / ≤5-day shares per size tier against the policy's targets. */
export function SpeedCards({ view }: { view: DashboardView }) {
  const { t } = useT();
  return (
    <Stack spacing={1}>
      {view.tiers.map(({ tier, cells }) => (
        <Box
          key={tier}
          sx={{
            display: 'grid',
            gridTemplateColumns: `150px repeat(${cells.length}, minmax(0, 1fr))`,
            gap: 1.5,
            alignItems: 'stretch',
          }}
        >
          <Typography variant="subtitle2" component="h3" sx={{ alignSelf: 'center', fontWeight: 600 }}>
            {t(`policy.tier.${tier}`)}
          </Typography>
          {cells.map((c) => (
            <SpeedCard key={c.id} cell={c} />
          ))}
        </Box>
      ))}
    </Stack>
  );
}

function RequirementStatus({ card }: { card: RequirementCard }) {
  const { t } = useT();
  return (
    <>
      <Box>
        {card.required ? (
          <PassBadge pass={card.pass} passLabel={t('simulation.req.met')} failLabel={t('simulation.req.notMet')} />
        ) : (
          <ToneBadge tone="info" icon={<InfoOutlinedIcon />} label={t('simulation.req.notRequired')} />
        )}
      </Box>
      {card.required && (
        <Typography variant="caption" color="text.secondary">
          {t('simulation.req.required')}
        </Typography>
      )}
    </>
  );
}

/** Nationwide coverage, six-day operation and delivery, and the share outside Buy Shipping. */
export function RequirementCards({ view }: { view: DashboardView }) {
  const { t } = useT();
  const f = useFormat();
  const nw = view.nationwide;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 1.5 }}>
      <Card testId="req-nationwide" failing={nw.required && !nw.pass}>
        <Typography variant="body2" color="text.secondary">
          {t('simulation.req.nationwide')}
        </Typography>
        <Typography sx={{ fontSize: '1.4rem', fontWeight: 600 }} data-testid="metric-value">
          {t('simulation.req.nationwideValue', { covered: nw.covered, total: nw.total })}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('simulation.req.nationwideUnit')}
        </Typography>
        <RequirementStatus card={nw} />
        {nw.missing.length > 0 && (
          <Typography variant="caption" sx={{ fontWeight: 600 }}>
            {t('simulation.req.missing', { states: nw.missing.map((s) => stateName(s, f.lang)).join(', ') })}
          </Typography>
        )}
        {nw.required && !nw.pass && <WhatItTakes checkId="coverage.nationwide" name={t('simulation.req.nationwide')} />}
      </Card>
      {(['sixDayOperation', 'sixDayDelivery'] as const).map((k) => (
        <Card key={k} testId={`req-${k}`} failing={view[k].required && !view[k].pass}>
          <Typography variant="body2" color="text.secondary">
            {t(`simulation.req.${k}`)}
          </Typography>
          <Typography sx={{ fontSize: '1.4rem', fontWeight: 600 }} data-testid="metric-value">
            {view[k].pass ? t('simulation.req.yes') : t('simulation.req.no')}
          </Typography>
          <RequirementStatus card={view[k]} />
          {k === 'sixDayDelivery' && <DeliveredDays delivered={view.sixDayDelivery.delivered} />}
          {view[k].required && !view[k].pass && (
            <WhatItTakes
              checkId={k === 'sixDayOperation' ? 'operation.sixDays' : 'delivery.sixDays'}
              name={t(`simulation.req.${k}`)}
            />
          )}
        </Card>
      ))}
      <Card testId="req-outside">
        <Typography variant="body2" color="text.secondary">
          {t('simulation.req.outside')}
          <HelpTip term="outsideBuyShipping" termLabel={t('simulation.req.outside')} />
        </Typography>
        <Typography sx={{ fontSize: '1.4rem', fontWeight: 600 }} data-testid="metric-value">
          {f.percent(view.outsideBuyShippingShare)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('simulation.req.outsideHelp')}
        </Typography>
      </Card>
    </Box>
  );
}
