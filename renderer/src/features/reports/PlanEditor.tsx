import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { StoredPlan } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { useStore } from '../../store';
import { SubHeading } from '../../components/SubSection';
import { toLang, type Lang } from '../../../../shared/i18n/lang';

const RETRY_MS = 3000;
const AUTOSAVE_MS = 600;
type Texts = Record<string, { rootCause: string; actions: string }>;
const textsOf = (p: StoredPlan): Texts =>
  Object.fromEntries(p.plan.sections.map((s) => [s.id, { rootCause: s.rootCause, actions: s.actions }]));

/**
 * The plan of action of the current scenario: draft it from the simulation, edit each section's root
 * cause and actions (saved as you type, with a revision check), export it as PDF or Markdown.
 */
export function PlanEditor({
  scenarioId,
  onExported,
}: {
  scenarioId: number;
  lang?: Lang;
  onExported: (r: { saved: boolean; path: string | null }) => void;
}) {
  const { t, language } = useT();
  // A plan is drafted in the interface's language; one drafted in the other language is offered a
  // translated redraft that keeps what the user wrote.
  const lang: Lang = toLang(language);
  const notify = useStore((s) => s.notify);
  const [plan, setPlan] = useState<StoredPlan | null | undefined>(undefined);
  const [texts, setTexts] = useState<Texts>({});
  const [state, setState] = useState<'saved' | 'pending' | 'saving'>('saved');
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ plan, texts });
  latest.current = { plan, texts };

  const load = useCallback(async () => {
    const res = await call('plan:get', { scenarioId });
    if (!res.ok)
      return notify({ severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params });
    setPlan(res.value);
    if (res.value) setTexts(textsOf(res.value));
    setState('saved');
  }, [scenarioId, notify]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = useCallback(
    async (afterConflict = false): Promise<boolean> => {
      const { plan: p, texts: tx } = latest.current;
      if (!p) return true;
      setState('saving');
      const res = await call('plan:save', {
        scenarioId,
        baseRevision: p.revision,
        sections: Object.entries(tx).map(([id, v]) => ({ id, ...v })),
      });
      if (!res.ok) {
        if (res.error.code === 'conflict' && !afterConflict) {
          // The text on screen is what the user means: take the stored revision and save it over it,
          // rather than replacing what they typed.
          const fresh = await call('plan:get', { scenarioId });
          if (fresh.ok && fresh.value) {
            setPlan(fresh.value);
            latest.current = { ...latest.current, plan: fresh.value };
            return save(true);
          }
        }
        notify({ severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params });
        // Kept on screen as unsaved, and tried again shortly (a full disk may free up).
        setState('pending');
        if (!timer.current)
          timer.current = setTimeout(() => {
            timer.current = null;
            void save();
          }, RETRY_MS);
        return false;
      }
      setPlan(res.value);
      // Typing during the save keeps its text; only mark saved when nothing changed meanwhile.
      setState(JSON.stringify(latest.current.texts) === JSON.stringify(tx) ? 'saved' : 'pending');
      return true;
    },
    [scenarioId, notify],
  );

  const stateRef = useRef(state);
  stateRef.current = state;
  // Leaving the page saves what is pending, whether or not a timer is running.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (stateRef.current !== 'saved') void save();
    },
    [save],
  );

  function edit(id: string, field: 'rootCause' | 'actions', value: string) {
    setTexts((prev) => ({ ...prev, [id]: { ...prev[id]!, [field]: value } }));
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void save();
    }, AUTOSAVE_MS);
  }

  async function draft(keepEdits = false) {
    setConfirm(false);
    if (keepEdits && stateRef.current !== 'saved' && !(await save())) return;
    setBusy(true);
    const res = await call('plan:draft', keepEdits ? { scenarioId, lang, keepEdits } : { scenarioId, lang });
    setBusy(false);
    if (!res.ok)
      return notify({ severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params });
    setPlan(res.value);
    setTexts(textsOf(res.value));
    setState('saved');
    if (keepEdits)
      notify({
        severity: 'success',
        text: '',
        key: 'reports.plan.translated',
        params: { language: t(`reports.plan.language.${lang}`) },
      });
  }

  async function exportPlan(format: 'pdf' | 'markdown') {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    // The export reads the stored plan: what is on screen must be stored first, or nothing is exported.
    if (stateRef.current !== 'saved' && !(await save())) return;
    setBusy(true);
    const res = await call('plan:export', { scenarioId, format });
    setBusy(false);
    if (!res.ok)
      return notify({ severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params });
    onExported(res.value);
  }

  if (plan === undefined) return null;
  return (
    <Stack spacing={2}>
      {plan === null ? (
        <Paper sx={{ p: 2 }}>
          <Typography sx={{ mb: 1 }}>{t('reports.plan.none')}</Typography>
          <Button variant="contained" onClick={() => void draft(false)} disabled={busy} data-testid="plan-draft">
            {t('reports.plan.draft')}
          </Button>
        </Paper>
      ) : (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              variant="outlined"
              onClick={() => void exportPlan('pdf')}
              disabled={busy}
              data-testid="plan-export-pdf"
            >
              {t('reports.plan.exportPdf')}
            </Button>
            <Button
              variant="outlined"
              onClick={() => void exportPlan('markdown')}
              disabled={busy}
              data-testid="plan-export-md"
            >
              {t('reports.plan.exportMarkdown')}
            </Button>
            <Button onClick={() => setConfirm(true)} disabled={busy} data-testid="plan-redraft">
              {t('reports.plan.redraft')}
            </Button>
            <Typography variant="body2" color="text.secondary" role="status" data-testid="plan-save-state">
              {t(`reports.plan.${state}`)} · {t(`reports.plan.draftedIn.${plan.plan.lang}`)}
            </Typography>
          </Stack>
          {plan.plan.lang !== lang && (
            <Alert
              severity="info"
              data-testid="plan-other-language"
              action={
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => void draft(true)}
                  disabled={busy}
                  data-testid="plan-translate"
                >
                  {t('reports.plan.translate', { language: t(`reports.plan.language.${lang}`) })}
                </Button>
              }
            >
              {t('reports.plan.otherLanguage', { language: t(`reports.plan.language.${plan.plan.lang}`) })}
            </Alert>
          )}
          {plan.plan.sections.map((s) => (
            <Paper key={s.id} sx={{ p: 2 }} data-testid="plan-section" data-section={s.id}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <SubHeading>{s.title}</SubHeading>
                {s.status && (
                  <Chip
                    size="small"
                    color={s.status === 'fail' ? 'error' : 'warning'}
                    label={t(`reports.plan.status.${s.status}`)}
                  />
                )}
              </Stack>
              <Stack spacing={1.5}>
                <TextField
                  label={t('reports.plan.rootCause', { section: s.title })}
                  multiline
                  minRows={2}
                  maxRows={14}
                  fullWidth
                  value={texts[s.id]?.rootCause ?? ''}
                  onChange={(e) => edit(s.id, 'rootCause', e.target.value)}
                  slotProps={{ htmlInput: { 'data-testid': `plan-root-${s.id}`, maxLength: 20000 } }}
                />
                <TextField
                  label={t('reports.plan.actions', { section: s.title })}
                  multiline
                  minRows={2}
                  maxRows={14}
                  fullWidth
                  value={texts[s.id]?.actions ?? ''}
                  onChange={(e) => edit(s.id, 'actions', e.target.value)}
                  slotProps={{ htmlInput: { 'data-testid': `plan-actions-${s.id}`, maxLength: 20000 } }}
                />
              </Stack>
            </Paper>
          ))}
        </>
      )}
      {busy && <Alert severity="info">{t('reports.busy')}</Alert>}
      <Dialog
        open={confirm}
        onClose={() => setConfirm(false)}
        aria-labelledby="redraft-title"
        aria-describedby="redraft-body"
      >
        <DialogTitle id="redraft-title">{t('reports.plan.redraft')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="redraft-body">{t('reports.plan.redraftConfirm')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(false)}>{t('reports.plan.cancel')}</Button>
          <Button color="error" onClick={() => void draft(false)}>
            {t('reports.plan.redraftYes')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
