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
        // Accept "930" or "9:30" as 09:30 once the user has typed enough to be unambiguous.
        const raw = e.target.value.replace(/[^0-9:]/g, '').slice(0, 5);
        const v = /^\d:\d\d$/.test(raw) ? `0${raw}` : /^\d{4}$/.test(raw) ? `${raw.slice(0, 2)}:${raw.slice(2)}` : raw;
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
        // Leaving the box with an unfinished time puts the saved one back.
        if (!VALID.test(text) && !(text === '' && allowEmpty)) {
          setText(value ?? '');
          setInvalid(false);
        }
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
