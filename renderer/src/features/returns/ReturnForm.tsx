import { useRef, useState } from 'react';
import { messageOf, useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useStore } from '../../store';
import type { AppErrorShape } from '../../../../shared/ipc/result';
import { ReturnEntrySchema, type ReturnEntry } from '../../../../shared/returns/model';
import { localDateOf, returnDeadline, type ReturnsCalendar } from '../../../../shared/returns/deadlines';
import { useUnsavedFormEntry } from '../../components/useUnsavedFormEntry';
import { EntryFormFrame } from './EntryFormFrame';
import { formatDay } from './useReturnsView';

type Draft = {
  orderId: string;
  item: string;
  requestedAt: string;
  receivedAt: string;
  quantity: string;
  reason: string;
  refunded: boolean;
};

const toDraft = (e: ReturnEntry | null): Draft =>
  e
    ? {
        orderId: e.orderId,
        item: e.item,
        requestedAt: e.requestedAt,
        receivedAt: e.receivedAt,
        quantity: String(e.quantity),
        reason: e.reason,
        refunded: e.refunded,
      }
    : { orderId: '', item: '', requestedAt: '', receivedAt: '', quantity: '1', reason: '', refunded: false };

/**
 * One return typed by hand or corrected: every change is saved as it is typed (a new return once it
 * has an order id and a request date); a field the register cannot take stays on screen with its
 * reason and nothing is saved until it is fixed.
 */
export function ReturnForm({
  id: initialId,
  entry,
  calendar,
  today,
  onClose,
  onDeleted,
}: {
  id: number | null;
  entry: ReturnEntry | null;
  calendar: ReturnsCalendar;
  today: string;
  onClose(): void;
  /** Closes the form once its entry is deleted (nothing typed is left to lose). */
  onDeleted(): void;
}) {
  const { t, language } = useT();
  const save = useStore((s) => s.saveReturnEntry);
  const remove = useStore((s) => s.deleteReturnEntry);
  const [draft, setDraft] = useState<Draft>(() => toDraft(entry));
  const [refusal, setRefusal] = useState<AppErrorShape | null>(null);
  /** The draft as last saved (or as opened): typing that differs from it and cannot be saved is unsaved work. */
  const savedDraft = useRef<Draft>(draft);
  const idRef = useRef<number | null>(initialId);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const source = entry?.source ?? 'hand';

  // What is wrong with each field, in words; only a draft without problems is saved.
  const problems: Partial<Record<keyof Draft, string>> = {};
  const requested = draft.requestedAt.trim() ? localDateOf(draft.requestedAt, calendar.timeZone) : undefined;
  const received = draft.receivedAt.trim() ? localDateOf(draft.receivedAt, calendar.timeZone) : undefined;
  if (!draft.orderId.trim()) problems.orderId = t('returns.form.required');
  if (!draft.requestedAt.trim()) problems.requestedAt = t('returns.form.required');
  else if (!requested) problems.requestedAt = t('returns.form.badDate');
  if (draft.receivedAt.trim() && !received) problems.receivedAt = t('returns.form.badDate');
  else if (requested && received && received.date < requested.date)
    problems.receivedAt = t('returns.form.receivedBeforeRequested');
  const parsed = ReturnEntrySchema.safeParse({
    ...draft,
    quantity: Number(draft.quantity),
    source,
    asin: entry?.asin ?? '',
    sku: entry?.sku ?? '',
  });
  if (!parsed.success && Object.keys(problems).length === 0) {
    const issue = parsed.error.issues[0]!;
    problems[(issue.path[0] as keyof Draft) ?? 'orderId'] = issue.message;
  }
  const valid = parsed.success && Object.keys(problems).length === 0;
  const labels = {
    orderId: t('returns.form.orderId'),
    item: t('returns.form.item'),
    requestedAt: t('returns.form.requestedAt'),
    receivedAt: t('returns.form.receivedAt'),
    quantity: t('returns.form.quantity'),
    reason: t('returns.form.reason'),
    refunded: t('returns.form.refunded'),
  } satisfies Record<keyof Draft, string>;
  const firstProblem = Object.keys(problems)[0] as keyof Draft | undefined;
  const refusalText = refusal ? messageOf(t, refusal.key, refusal.params, refusal.message) : '';
  const dirty = JSON.stringify(draft) !== JSON.stringify(savedDraft.current);
  const entryId = useUnsavedFormEntry(
    'return-form',
    firstProblem && dirty
      ? {
          label: t('returns.form.unsavedLabel', {
            form: t('returns.form.returnTitle'),
            field: labels[firstProblem] ?? '',
          }),
          text: String(draft[firstProblem]),
          reason: problems[firstProblem]!,
        }
      : refusal
        ? { label: t('returns.form.returnTitle'), text: draft.orderId, reason: refusalText }
        : null,
    () => {
      setDraft(savedDraft.current);
      setRefusal(null);
    },
  );
  const deadline = valid ? returnDeadline(parsed.data, calendar, today) : null;

  const change = (field: keyof Draft, value: string | boolean) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const candidate = ReturnEntrySchema.safeParse({
      ...next,
      quantity: Number(next.quantity),
      source,
      asin: entry?.asin ?? '',
      sku: entry?.sku ?? '',
    });
    const req = localDateOf(next.requestedAt, calendar.timeZone);
    const rec = next.receivedAt.trim() ? localDateOf(next.receivedAt, calendar.timeZone) : null;
    if (!candidate.success || !req || rec === undefined || (rec && rec.date < req.date)) return;
    // Saves run one after another, so a new return is created once and then updated under its id.
    chain.current = chain.current.then(async () => {
      const r = await save(idRef.current, candidate.data, `return:${idRef.current ?? 'new'}:${field}`);
      if ('id' in r) {
        idRef.current = r.id;
        savedDraft.current = next;
        setRefusal(null);
      } else setRefusal(r);
    });
  };

  const field = (
    name: 'orderId' | 'item' | 'requestedAt' | 'receivedAt' | 'quantity' | 'reason',
    label: string,
    help?: string,
  ) => (
    <TextField
      size="small"
      label={label}
      value={draft[name]}
      onChange={(e) => change(name, e.target.value)}
      error={!!problems[name]}
      helperText={problems[name] ?? help}
      slotProps={{
        htmlInput: {
          'data-testid': `return-${name}`,
          'data-entry-id': name === (firstProblem ?? (refusal ? 'orderId' : undefined)) ? entryId : undefined,
        },
      }}
      sx={{ minWidth: name === 'reason' ? 260 : 200 }}
    />
  );

  return (
    <EntryFormFrame
      kind="return"
      title={t('returns.form.returnTitle')}
      status={
        valid && !refusal
          ? t('returns.form.saved')
          : t('returns.form.notSaved', { reason: Object.values(problems)[0] ?? '' })
      }
      onDelete={
        idRef.current === null ? null : () => void chain.current.then(() => remove(idRef.current!)).then(onDeleted)
      }
      onClose={onClose}
    >
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
        {field('orderId', t('returns.form.orderId'))}
        {field('item', t('returns.form.item'))}
        {field('requestedAt', t('returns.form.requestedAt'), t('returns.form.dateHelp'))}
        {field(
          'receivedAt',
          t('returns.form.receivedAt'),
          t('returns.form.receivedHelp', { timeZone: calendar.timeZone }),
        )}
        {field('quantity', t('returns.form.quantity'))}
        {field('reason', t('returns.form.reason'))}
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.refunded}
              onChange={(e) => change('refunded', e.target.checked)}
              slotProps={{ input: { 'aria-label': t('returns.form.refunded') } }}
              data-testid="return-refunded"
            />
          }
          label={t('returns.form.refunded')}
        />
      </Stack>
      {deadline && deadline.refundBy && (
        <Alert
          severity={deadline.status === 'overdue' ? 'error' : deadline.status === 'dueToday' ? 'warning' : 'info'}
          sx={{ mt: 1 }}
          data-testid="return-form-deadline"
        >
          {t('returns.form.refundBy', {
            date: formatDay(deadline.refundBy, language),
            status: t(`returns.status.${deadline.status}`),
          })}
        </Alert>
      )}
      {refusal && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="return-form-refusal">
          {t('returns.form.notSaved', {
            reason: refusalText,
          })}
        </Alert>
      )}
    </EntryFormFrame>
  );
}
