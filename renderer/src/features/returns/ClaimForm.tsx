import { useRef, useState } from 'react';
import { messageOf, useT, type T } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useStore } from '../../store';
import type { AppErrorShape } from '../../../../shared/ipc/result';
import { SAFE_T_OUTCOMES, SafeTClaimSchema, type SafeTClaim } from '../../../../shared/returns/model';
import { claimDeadline, claimProblems, disputeClaim } from '../../../../shared/returns/safeT';
import { useUnsavedFormEntry } from '../../components/useUnsavedFormEntry';
import { EntryFormFrame } from './EntryFormFrame';
import { formatDay } from './useReturnsView';

type Draft = Record<
  | 'claimId'
  | 'orderId'
  | 'reason'
  | 'filedOn'
  | 'amount'
  | 'infoRequestedOn'
  | 'infoSentOn'
  | 'decisionOn'
  | 'outcome'
  | 'disputedOn',
  string
>;
const DATE_FIELDS = ['filedOn', 'infoRequestedOn', 'infoSentOn', 'decisionOn', 'disputedOn'] as const;

const toDraft = (c: SafeTClaim | null, today: string): Draft =>
  c
    ? { ...c, amount: String(c.amount) }
    : {
        claimId: '',
        orderId: '',
        reason: '',
        filedOn: today,
        amount: '',
        infoRequestedOn: '',
        infoSentOn: '',
        decisionOn: '',
        outcome: '',
        disputedOn: '',
      };

/** Reads a draft as a claim: the schema's verdict, then the dates that cannot be true together. */
function check(draft: Draft, t: T): { claim: SafeTClaim | null; problems: Partial<Record<keyof Draft, string>> } {
  const problems: Partial<Record<keyof Draft, string>> = {};
  if (!draft.claimId.trim()) problems.claimId = t('returns.form.required');
  if (draft.amount.trim() && !Number.isFinite(Number(draft.amount))) problems.amount = t('returns.form.badAmount');
  const parsed = SafeTClaimSchema.safeParse({ ...draft, amount: draft.amount.trim() ? Number(draft.amount) : 0 });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const f = issue.path[0] as keyof Draft;
      problems[f] ??= (DATE_FIELDS as readonly string[]).includes(f) ? t('returns.form.dateHelp') : issue.message;
    }
    return { claim: null, problems };
  }
  for (const p of claimProblems(parsed.data)) problems[p.field as keyof Draft] ??= t(p.messageKey, p.params);
  return { claim: Object.keys(problems).length === 0 ? parsed.data : null, problems };
}

/**
 * One SAFE-T claim, walked through Amazon's request for information, the seller's answer, the
 * decision and the one dispute it allows: saved as typed, with the respond-by and dispute-by dates.
 */
export function ClaimForm({
  id: initialId,
  claim,
  today,
  onClose,
  onDeleted,
}: {
  id: number | null;
  claim: SafeTClaim | null;
  today: string;
  onClose(): void;
  /** Closes the form once its entry is deleted (nothing typed is left to lose). */
  onDeleted(): void;
}) {
  const { t, language } = useT();
  const save = useStore((s) => s.saveClaimEntry);
  const remove = useStore((s) => s.deleteClaimEntry);
  const [draft, setDraft] = useState<Draft>(() => toDraft(claim, today));
  const [refusal, setRefusal] = useState<string | null>(null);
  /** Whether `refusal` is the register refusing the draft (unsaved work), not a refused dispute. */
  const [saveRefused, setSaveRefused] = useState(false);
  /** The draft as last saved (or as opened): typing that differs from it and cannot be saved is unsaved work. */
  const savedDraft = useRef<Draft>(draft);
  const idRef = useRef<number | null>(initialId);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const { claim: valid, problems } = check(draft, t);
  const deadline = valid ? claimDeadline(valid, today) : null;
  const labels: Record<keyof Draft, string> = {
    claimId: t('returns.form.claimId'),
    orderId: t('returns.form.claimOrder'),
    reason: t('returns.form.claimReason'),
    filedOn: t('returns.form.filedOn'),
    amount: t('returns.form.amount'),
    infoRequestedOn: t('returns.form.infoRequestedOn'),
    infoSentOn: t('returns.form.infoSentOn'),
    decisionOn: t('returns.form.decisionOn'),
    outcome: t('returns.form.outcome'),
    disputedOn: t('returns.form.disputedOn'),
  };
  const firstProblem = Object.keys(problems)[0] as keyof Draft | undefined;
  const dirty = JSON.stringify(draft) !== JSON.stringify(savedDraft.current);
  const entryId = useUnsavedFormEntry(
    'claim-form',
    firstProblem && dirty
      ? {
          label: t('returns.form.unsavedLabel', { form: t('returns.form.claimTitle'), field: labels[firstProblem] }),
          text: draft[firstProblem],
          reason: problems[firstProblem]!,
        }
      : saveRefused && refusal
        ? { label: t('returns.form.claimTitle'), text: draft.claimId, reason: refusal }
        : null,
    () => {
      setDraft(savedDraft.current);
      setRefusal(null);
      setSaveRefused(false);
    },
  );

  const refusalText = (e: AppErrorShape) => {
    const fields = (e.fields ?? []).map((f) => messageOf(t, f.key, f.params, f.message));
    return [messageOf(t, e.key, e.params, e.message), ...fields].join(' ');
  };
  const change = (field: keyof Draft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const checked = check(next, t);
    if (!checked.claim) return;
    const candidate = checked.claim;
    chain.current = chain.current.then(async () => {
      const r = await save(idRef.current, candidate, `claim:${idRef.current ?? 'new'}:${field}`);
      if ('id' in r) {
        idRef.current = r.id;
        savedDraft.current = next;
        setRefusal(null);
        setSaveRefused(false);
      } else {
        setRefusal(refusalText(r));
        setSaveRefused(true);
      }
    });
  };
  const disputeToday = () => {
    if (!valid) return;
    const r = disputeClaim(valid, today);
    if (!r.ok) {
      setRefusal(t(r.messageKey, r.params));
      setSaveRefused(false);
    } else change('disputedOn', today);
  };

  const field = (name: keyof Draft, label: string, help?: string) => (
    <TextField
      size="small"
      label={label}
      value={draft[name]}
      onChange={(e) => change(name, e.target.value)}
      error={!!problems[name]}
      helperText={problems[name] ?? help}
      slotProps={{
        htmlInput: {
          'data-testid': `claim-${name}`,
          'data-entry-id': name === (firstProblem ?? (saveRefused ? 'claimId' : undefined)) ? entryId : undefined,
        },
        inputLabel: { shrink: true },
      }}
      sx={{ minWidth: 200 }}
    />
  );

  return (
    <EntryFormFrame
      kind="claim"
      title={t('returns.form.claimTitle')}
      status={
        valid && !refusal
          ? t('returns.form.saved')
          : t('returns.form.notSaved', { reason: Object.values(problems)[0] ?? refusal ?? '' })
      }
      actions={
        valid?.decisionOn && (
          <Button variant="outlined" onClick={disputeToday} data-testid="claim-dispute-today">
            {t('returns.form.disputeToday')}
          </Button>
        )
      }
      onDelete={
        idRef.current === null ? null : () => void chain.current.then(() => remove(idRef.current!)).then(onDeleted)
      }
      onClose={onClose}
    >
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
        {field('claimId', t('returns.form.claimId'))}
        {field('orderId', t('returns.form.claimOrder'))}
        {field('reason', t('returns.form.claimReason'))}
        {field('amount', t('returns.form.amount'))}
        {field('filedOn', t('returns.form.filedOn'), t('returns.form.dateHelp'))}
        {field(
          'infoRequestedOn',
          t('returns.form.infoRequestedOn'),
          deadline?.respondBy
            ? t('returns.form.respondBy', { date: formatDay(deadline.respondBy, language) })
            : t('returns.form.dateHelp'),
        )}
        {field('infoSentOn', t('returns.form.infoSentOn'), t('returns.form.dateHelp'))}
        {field('decisionOn', t('returns.form.decisionOn'), t('returns.form.dateHelp'))}
        <TextField
          select
          size="small"
          label={t('returns.form.outcome')}
          value={draft.outcome}
          onChange={(e) => change('outcome', e.target.value)}
          sx={{ minWidth: 200 }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'claim-outcome' } as object } }}
        >
          <MenuItem value="">{t('returns.form.outcomeNone')}</MenuItem>
          {SAFE_T_OUTCOMES.map((o) => (
            <MenuItem key={o} value={o} data-testid={`claim-outcome-${o}`}>
              {t(`returns.outcome.${o}`)}
            </MenuItem>
          ))}
        </TextField>
        {field(
          'disputedOn',
          t('returns.form.disputedOn'),
          deadline?.disputeBy
            ? t('returns.form.disputeBy', { date: formatDay(deadline.disputeBy, language) })
            : t('returns.form.dateHelp'),
        )}
      </Stack>
      {deadline && (
        <Alert
          severity={deadline.urgency === 'overdue' ? 'error' : deadline.urgency === 'dueToday' ? 'warning' : 'info'}
          sx={{ mt: 1 }}
          data-testid="claim-form-status"
          data-status={deadline.status}
        >
          {t(`returns.claimStatus.${deadline.status}`)}
          {deadline.status === 'awaitingInfo' || deadline.status === 'infoOverdue'
            ? ` — ${t('returns.form.respondBy', { date: formatDay(deadline.respondBy, language) })}`
            : ''}
          {deadline.status === 'disputable'
            ? ` — ${t('returns.form.disputeBy', { date: formatDay(deadline.disputeBy, language) })}`
            : ''}
        </Alert>
      )}
      {refusal && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="claim-form-refusal" role="alert">
          {refusal}
        </Alert>
      )}
    </EntryFormFrame>
  );
}
