import { useEffect, useId, useRef, useState } from 'react';
import { messageOf, useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Warehouse } from '../../../../shared/domain/settings';
import type { WarehouseStart } from '../../../../shared/ipc/contract';
import type { FieldError } from '../../../../shared/ipc/result';
import { sampleSettings } from '../../../../shared/catalog/sample';
import { call } from '../../lib/api';
import { HelpTip } from '../../components/HelpTip';
import { TimeZonePicker } from '../../components/TimeZonePicker';
import { zoneLabel } from '../../../../shared/time/zoneLabels';
import { useStore } from '../../store';

type FieldName = 'name' | 'zip' | 'timeZone';
type StartKind = WarehouseStart['kind'];

const SAMPLE_SERVICES = sampleSettings().warehouses[0]!.services;
const NO_WAREHOUSES: Warehouse[] = [];

interface Props {
  open: boolean;
  editing: Warehouse | null;
  onClose(): void;
  onSaved(w: Warehouse): void;
}

/** Add or edit a warehouse's identity; the ZIP fills in the time zone, which stays editable. */
export function WarehouseDialog({ open, editing, onClose, onSaved }: Props) {
  const { t, lang } = useT();
  const saveWarehouse = useStore((s) => s.saveWarehouse);
  const others = useStore((s) => s.doc?.settings.warehouses) ?? NO_WAREHOUSES;
  const [startKind, setStartKind] = useState<StartKind>('empty');
  const [copyFrom, setCopyFrom] = useState('');
  const titleId = useId();
  const [name, setName] = useState('');
  const [zip, setZip] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [zipInfo, setZipInfo] = useState<{ state: string; timeZone: string; city?: string } | null>(null);
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
    // Nothing is inherited unless the user picks it: a new warehouse starts with no service.
    setStartKind('empty');
    setCopyFrom('');
    tzTouched.current = editing !== null;
  }, [open, editing]);

  /** "2 carrier services: UPS Ground, USPS Ground Advantage" (only enabled ones ship). */
  const servicesText = (services: Warehouse['services']) =>
    t('warehouses.start.services', {
      count: services.length,
      list: services.map((p) => t(`catalog.service.${p.serviceId}`)).join(', '),
    });
  const copySource = others.find((w) => w.id === copyFrom) ?? others[0];

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
        setZipInfo({ state: res.value.state, timeZone: res.value.timeZone, city: res.value.city });
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

  /** "Reno, NV · Pacific Time (Los Angeles)": where the ZIP is and the clock it fills in. */
  function zipHint(info: { state: string; timeZone: string; city?: string }): string {
    const zone = zoneLabel(info.timeZone, lang);
    return info.city
      ? t('warehouses.zipHint.city', { city: info.city, state: info.state, zone })
      : t('warehouses.zipHint.state', { state: info.state, zone });
  }

  function localCheck(): Partial<Record<FieldName, string>> {
    const e: Partial<Record<FieldName, string>> = {};
    if (!name.trim()) e.name = t('warehouses.error.nameRequired');
    if (!/^\d{5}$/.test(zip.trim())) e.zip = t('warehouses.error.zipFormat');
    return e;
  }

  function fieldText(f: FieldError): string {
    return messageOf(t, f.key, f.params, f.message);
  }

  async function submit() {
    const local = localCheck();
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setSaving(true);
    const start: WarehouseStart | undefined = editing
      ? undefined
      : startKind === 'copy' && copySource
        ? { kind: 'copy', fromId: copySource.id }
        : { kind: startKind === 'copy' ? 'empty' : startKind };
    const outcome = await saveWarehouse({ name, zip, timeZone }, editing?.id, start);
    setSaving(false);
    if (outcome.ok) {
      onSaved(outcome.warehouse);
      return;
    }
    const next: Partial<Record<FieldName, string>> = {};
    for (const f of outcome.fields)
      if (f.field === 'name' || f.field === 'zip' || f.field === 'timeZone') next[f.field] = fieldText(f);
    setErrors(next);
    if (outcome.fields.length === 0) setFormError(messageOf(t, outcome.key, undefined, outcome.message));
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
        <DialogTitle id={titleId}>
          {editing ? t('warehouses.dialog.editTitle') : t('warehouses.dialog.addTitle')}
        </DialogTitle>
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
              helperText={errors.zip ?? (zipInfo ? zipHint(zipInfo) : t('warehouses.field.zipHelp'))}
              required
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5, 'data-testid': 'warehouse-zip' } }}
            />
            <Stack direction="row" sx={{ alignItems: 'flex-start' }}>
              <TimeZonePicker
                value={timeZone}
                onChange={(id) => {
                  tzTouched.current = true;
                  setTimeZone(id);
                }}
                label={t('warehouses.field.timeZone')}
                helperText={timeZone ? t('warehouses.tz.stored', { id: timeZone }) : t('warehouses.field.timeZoneHelp')}
                required
                testId="warehouse-tz"
                error={errors.timeZone}
              />
              <Box sx={{ pt: 1.5 }}>
                <HelpTip term="timeZone" termLabel={t('warehouses.field.timeZone')} />
              </Box>
            </Stack>
            {!editing && (
              <FormControl>
                <FormLabel id={`${titleId}-start`}>{t('warehouses.start.legend')}</FormLabel>
                <RadioGroup
                  aria-labelledby={`${titleId}-start`}
                  value={startKind}
                  onChange={(e) => setStartKind(e.target.value as StartKind)}
                >
                  <StartOption
                    value="empty"
                    label={t('warehouses.start.empty')}
                    means={t('warehouses.start.emptyMeans')}
                  />
                  <StartOption
                    value="copy"
                    label={t('warehouses.start.copy')}
                    disabled={others.length === 0}
                    means={
                      copySource ? t('warehouses.start.copyMeans', { services: servicesText(copySource.services) }) : ''
                    }
                  />
                  {startKind === 'copy' && copySource && (
                    <TextField
                      select
                      size="small"
                      label={t('warehouses.start.copyFrom')}
                      value={copySource.id}
                      onChange={(e) => setCopyFrom(e.target.value)}
                      sx={{ ml: 4, mb: 1, maxWidth: 360 }}
                      slotProps={{
                        select: {
                          SelectDisplayProps: {
                            'data-testid': 'warehouse-copy-from',
                          } as React.HTMLAttributes<HTMLDivElement>,
                        },
                      }}
                    >
                      {others.map((w) => (
                        <MenuItem key={w.id} value={w.id}>
                          {w.name} ({w.zip})
                        </MenuItem>
                      ))}
                    </TextField>
                  )}
                  <StartOption
                    value="sample"
                    label={t('warehouses.start.sample')}
                    means={t('warehouses.start.sampleMeans', { services: servicesText(SAMPLE_SERVICES) })}
                  />
                </RadioGroup>
              </FormControl>
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

/** One way to start, with what it means right under it (read with the option by screen readers). */
function StartOption({
  value,
  label,
  means,
  disabled,
}: {
  value: StartKind;
  label: string;
  means: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <FormControlLabel
      value={value}
      disabled={disabled}
      sx={{ alignItems: 'flex-start', mb: 0.5 }}
      control={
        <Radio
          size="small"
          sx={{ pt: 0.25 }}
          slotProps={{ input: { 'aria-describedby': id, 'data-testid': `warehouse-start-${value}` } as object }}
        />
      }
      label={
        <span>
          <Typography variant="body2" component="span" sx={{ display: 'block', fontWeight: 500 }}>
            {label}
          </Typography>
          <Typography variant="caption" component="span" color="text.secondary" id={id} sx={{ display: 'block' }}>
            {means}
          </Typography>
        </span>
      }
    />
  );
}
