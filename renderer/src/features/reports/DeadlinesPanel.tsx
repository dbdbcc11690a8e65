import { useState, type ReactNode } from 'react';
import { useT, type MessageKey } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { IsoDateSchema } from '../../../../shared/time/dateTime';
import { refundDeadline, safeTDisputeDeadline, safeTInfoDeadline } from '../../../../shared/catalog/sellerObligations';
import { calendarFor, yearsAround } from '../../../../shared/returns/deadlines';
import { localiseParams } from '../../lib/localiseParams';
import { useStore } from '../../store';
import { PageSection } from '../../components/PageSection';

/** A labelled date and what follows from it. */
function DeadlineRow({
  label,
  value,
  onChange,
  testId,
  children,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField
        type="date"
        size="small"
        sx={{ minWidth: 290 }}
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': testId } }}
      />
      {children}
    </Stack>
  );
}

/**
 * The after-sale deadlines of the SFP help page, worked out for a date: the refund is due two
 * business days after a return reaches the warehouse (read in the engine's calendar, as the Returns page reads it: the
 * built-in carrier holidays the plan does not reopen, its own holidays and the warehouse's closures are not business
 * days); missing SAFE-T information is due within seven days; a SAFE-T decision can be disputed once, within seven
 * days.
 */
export function DeadlinesPanel() {
  const { t, language } = useT();
  const settings = useStore((s) => s.doc?.settings);
  const warehouseId = useStore((s) => s.returnsWarehouseId);
  const [received, setReceived] = useState('');
  const [request, setRequest] = useState('');
  const [decision, setDecision] = useState('');
  const [disputed, setDisputed] = useState(false);
  const valid = (d: string) => IsoDateSchema.safeParse(d).success;
  // The Returns page's calendar (same warehouse): built-in carrier holidays + the plan's own − reopened, and closures.
  const holidayDates =
    settings && valid(received)
      ? calendarFor(settings, warehouseId ?? undefined, yearsAround(Date.parse(received))).closedDates
      : [];
  const line = (key: MessageKey, date: string) => t(key, localiseParams({ date }, language));
  const disputeUntil = valid(decision) ? safeTDisputeDeadline(decision, disputed ? 1 : 0) : null;

  return (
    <PageSection id="reports-deadlines" title={t('reports.deadlines.title')} intro={t('reports.deadlines.intro')}>
      <Stack spacing={2}>
        <DeadlineRow
          label={t('reports.deadlines.received')}
          value={received}
          onChange={setReceived}
          testId="deadline-received"
        >
          {valid(received) && (
            <Alert severity="info" data-testid="deadline-refund">
              {line('catalog.obligation.refund', refundDeadline(received, holidayDates))}
            </Alert>
          )}
        </DeadlineRow>
        <DeadlineRow
          label={t('reports.deadlines.request')}
          value={request}
          onChange={setRequest}
          testId="deadline-request"
        >
          {valid(request) && (
            <Alert severity="info" data-testid="deadline-safet-info">
              {line('catalog.obligation.safeTInfo', safeTInfoDeadline(request))}
            </Alert>
          )}
        </DeadlineRow>
        <DeadlineRow
          label={t('reports.deadlines.decision')}
          value={decision}
          onChange={setDecision}
          testId="deadline-decision"
        >
          <FormControlLabel
            control={<Checkbox checked={disputed} onChange={(e) => setDisputed(e.target.checked)} />}
            label={t('reports.deadlines.alreadyDisputed')}
          />
          {valid(decision) && (
            <Alert severity={disputeUntil ? 'info' : 'warning'} data-testid="deadline-safet-dispute">
              {disputeUntil
                ? line('catalog.obligation.safeTDispute', disputeUntil)
                : t('catalog.obligation.safeTDisputeUsed')}
            </Alert>
          )}
        </DeadlineRow>
      </Stack>
    </PageSection>
  );
}
