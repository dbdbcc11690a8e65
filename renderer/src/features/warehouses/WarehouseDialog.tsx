import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Warehouse } from '../../../../shared/domain/settings';
import type { FieldError } from '../../../../shared/ipc/result';
import { call } from '../../lib/api';
import { useStore } from '../../store';

type FieldName = 'name' | 'zip' | 'timeZone';

interface Props {
  open: boolean;
  editing: Warehouse | null;
  onClose(): void;
  onSaved(w: Warehouse): void;
}

/** Add or edit a warehouse's identity; the ZIP fills in the time zone, which stays editable. */
export function WarehouseDialog({ open, editing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const saveWarehouse = useStore((s) => s.saveWarehouse);
  const titleId = useId();
  const [name, setName] = useState('');
  const [zip, setZip] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [zipInfo, setZipInfo] = useState<{ state: string; timeZone: string } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const tzTouched = useRef(false);

  useEffect(() => {
    if (!open) return;
    setName(editing?.name ?? '');
    setZip(editing?.zip ?? '');
    setTimeZone(editing?.timeZone ?? '');
    setErrors({});
    setFormError(null);
    setZipInfo(null);
    tzTouched.current = editing !== null;
  }, [open, editing]);

  // Look the ZIP up as soon as it has 5 digits: a known ZIP fills in the time zone (unless the user
  // typed one), an unknown one is flagged right away.
  useEffect(() => {
    if (!/^\d{5}$/.test(zip)) {
      setZipInfo(null);
      return;
    }
    let live = true;
    void call('geo:lookupZip', { zip }).then((res) => {
      if (!live || !res.ok) return;
      if (res.value) {
        setZipInfo({ state: res.value.state, timeZone: res.value.timeZone });
        setErrors((e) => ({ ...e, zip: undefined }));
        if (!tzTouched.current || timeZone === '') setTimeZone(res.value.timeZone);
      } else {
        setZipInfo(null);
        setErrors((e) => ({ ...e, zip: t('warehouses.error.zipUnknown', { zip }) }));
      }
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new ZIP triggers a lookup
  }, [zip]);

  function localCheck(): Partial<Record<FieldName, string>> {
    const e: Partial<Record<FieldName, string>> = {};
    if (!name.trim()) e.name = t('warehouses.error.nameRequired');
    if (!/^\d{5}$/.test(zip.trim())) e.zip = t('warehouses.error.zipFormat');
    return e;
  }

  function fieldText(f: FieldError): string {
    return t(f.key, { ...f.params, defaultValue: f.message });
  }

  async function submit() {
    const local = localCheck();
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setSaving(true);
    const outcome = await saveWarehouse({ name, zip, timeZone }, editing?.id);
    setSaving(false);
    if (outcome.ok) {
      onSaved(outcome.warehouse);
      return;
    }
    const next: Partial<Record<FieldName, string>> = {};
    for (const f of outcome.fields) if (f.field === 'name' || f.field === 'zip' || f.field === 'timeZone') next[f.field] = fieldText(f);
    setErrors(next);
    if (outcome.fields.length === 0) setFormError(outcome.key ? t(outcome.key, { defaultValue: outcome.message }) : outcome.message);
  }

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id={titleId}>{editing ? t('warehouses.dialog.editTitle') : t('warehouses.dialog.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {formError && <Alert severity="error">{formError}</Alert>}
            <TextField
              label={t('warehouses.field.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={!!errors.name}
              helperText={errors.name ?? ' '}
              autoFocus
              required
              slotProps={{ htmlInput: { maxLength: 80, 'data-testid': 'warehouse-name' } }}
            />
            <TextField
              label={t('warehouses.field.zip')}
              value={zip}
              onChange={(e) => setZip(e.target.value.replace(/\s/g, ''))}
              error={!!errors.zip}
              helperText={errors.zip ?? (zipInfo ? t('warehouses.field.zipFound', zipInfo) : t('warehouses.field.zipHelp'))}
              required
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5, 'data-testid': 'warehouse-zip' } }}
            />
            <TextField
              label={t('warehouses.field.timeZone')}
              value={timeZone}
              onChange={(e) => {
                tzTouched.current = true;
                setTimeZone(e.target.value);
              }}
              error={!!errors.timeZone}
              helperText={errors.timeZone ?? t('warehouses.field.timeZoneHelp')}
              required
              slotProps={{ htmlInput: { maxLength: 64, 'data-testid': 'warehouse-tz' } }}
            />
            {!editing && (
              <Typography variant="body2" color="text.secondary">
                {t('warehouses.newWeekNote')}
              </Typography>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('warehouses.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving} data-testid="warehouse-save">
            {t('warehouses.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
