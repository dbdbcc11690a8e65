import { useT } from '../app/i18n/useT';
import TextField from '@mui/material/TextField';
import { parseTimeInput } from '../../../shared/time/timeInput';
import { timeProblemText } from './entryProblems';
import { useEntry } from './useEntry';

interface Props {
  label: string;
  value: string | undefined;
  /** Called with a valid "HH:MM", or null when the user leaves the field empty (if that is allowed). */
  onCommit(value: string | null): void;
  /** Leaving the field empty means "none" (no cutoff); while retyping, an empty box means nothing yet. */
  allowEmpty?: boolean;
  error?: string;
  width?: number;
  testId?: string;
  disabled?: boolean;
  /** Stable id in the plan ("cutoff:<warehouse id>:mon"); defaults to the label. */
  entryId?: string;
  /**
   * A finding about this time that is explained elsewhere (the carrier grid lists them below the
   * row, where they have room): the field is marked and points at that text.
   */
  flaggedBy?: string;
}

/**
 * A labelled 24-hour "HH:MM" input that understands the usual ways to type a time (14:00, 1400,
 * 2pm, 2:30 pm, 9.30, 9h30; see parseTimeInput) and shows the time it read when the user leaves
 * it. A text box rather than the browser's time picker, whose AM/PM display follows the OS locale
 * and would disagree with the 24-hour times everywhere else. An entry that is not a time stays on
 * screen with the reason, and nothing is saved until it is fixed or undone (see useEntry).
 */
export function TimeField({
  label,
  value,
  onCommit,
  allowEmpty = false,
  error,
  width = 84,
  testId,
  disabled,
  entryId,
  flaggedBy,
}: Props) {
  const { t } = useT();
  const { problem, inputProps } = useEntry<string>({
    id: entryId ?? label,
    label,
    value,
    format: (v) => v,
    read: (text, final) => {
      const r = parseTimeInput(text, { final });
      if (r.ok) return { value: r.time };
      if (r.problem.kind === 'empty') return { empty: true };
      if (r.problem.kind === 'incomplete') return { wait: true };
      return { reason: timeProblemText(t, r.problem) };
    },
    commit: onCommit,
    allowEmpty,
    emptyReason: t('field.time.empty'),
  });

  return (
    <TextField
      size="small"
      disabled={disabled}
      {...inputProps}
      error={!!problem || !!error || !!flaggedBy}
      helperText={problem ?? error}
      sx={{ width }}
      slotProps={{
        htmlInput: {
          'aria-label': label,
          'data-testid': testId,
          'data-entry-id': entryId ?? label,
          ...(flaggedBy && !problem ? { 'aria-describedby': flaggedBy, 'aria-invalid': true } : {}),
          placeholder: t('field.time.placeholder'),
          maxLength: 12,
          autoComplete: 'off',
          spellCheck: false,
        },
        formHelperText: { sx: { mx: 0, maxWidth: width + 40 }, role: problem ? 'alert' : undefined } as object,
      }}
    />
  );
}
