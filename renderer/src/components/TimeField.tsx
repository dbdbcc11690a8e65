import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import TextField from '@mui/material/TextField';

interface Props {
  label: string;
  value: string | undefined;
  /** Called with a valid "HH:MM", or null when the user clears the field (if clearing is allowed). */
  onCommit(value: string | null): void;
  allowEmpty?: boolean;
  error?: string;
  width?: number;
  testId?: string;
  disabled?: boolean;
}

const VALID = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * "9:30" and "0930" read as 09:30 while typing; "930" too once the user leaves the box.
 * @example normaliseTime('930', true) // '09:30'
 */
export function normaliseTime(raw: string, finished = false): string {
  if (/^\d:\d\d$/.test(raw)) return `0${raw}`;
  if (/^\d{4}$/.test(raw)) return `${raw.slice(0, 2)}:${raw.slice(2)}`;
  if (finished && /^\d{3}$/.test(raw)) return `0${raw[0]}:${raw.slice(1)}`;
  return raw;
}

/**
 * A labelled 24-hour "HH:MM" input. A text box rather than the browser's time picker, whose
 * AM/PM display follows the OS locale and would disagree with the 24-hour times everywhere else
 * (carrier schedules, the seed's 10:30 and 14:00 rules). It only commits valid times, so the plan
 * never holds an impossible one; while the user is mid-typing, the last valid value stays saved.
 */
export function TimeField({ label, value, onCommit, allowEmpty = false, error, width = 84, testId, disabled }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(value ?? '');
    setInvalid(false);
  }, [value]);

  return (
    <TextField
      size="small"
      value={text}
      disabled={disabled}
      onChange={(e) => {
        const raw = e.target.value.replace(/[^0-9:]/g, '').slice(0, 5);
        const v = normaliseTime(raw);
        setText(raw);
        if (VALID.test(v)) {
          setInvalid(false);
          if (v !== value) onCommit(v);
        } else if (v === '' && allowEmpty) {
          setInvalid(false);
          if (value !== undefined) onCommit(null);
        } else setInvalid(raw.length >= 4 || (raw === '' && !allowEmpty));
      }}
      onBlur={() => {
        // "930" is only unambiguous once the user is done typing (it could still become 09:30 or 93:0).
        const v = normaliseTime(text, true);
        if (VALID.test(v)) {
          setText(v);
          setInvalid(false);
          if (v !== value) onCommit(v);
        } else if (!(text === '' && allowEmpty)) setInvalid(true); // kept on screen with its error, never silently reverted
      }}
      error={invalid || !!error}
      helperText={invalid ? t('schedule.invalidTime') : error}
      sx={{ width }}
      slotProps={{
        htmlInput: { 'aria-label': label, 'data-testid': testId, inputMode: 'numeric', placeholder: 'HH:MM', maxLength: 5, autoComplete: 'off' },
        formHelperText: { sx: { mx: 0, maxWidth: width + 40 } },
      }}
    />
  );
}
