import { useT } from '../app/i18n/useT';
import TextField from '@mui/material/TextField';
import { parseNumberInput, type NumberLimits } from '../../../shared/domain/numberInput';
import { numberProblemText } from './entryProblems';
import { useEntry } from './useEntry';

interface Props {
  label: string;
  value: number | undefined;
  limits: NumberLimits;
  /** Called with a number within the limits, or null when the user leaves an optional field empty. */
  onCommit(value: number | null): void;
  allowEmpty?: boolean;
  /** Short unit after the limits in messages ("min", "%"). */
  unit?: string;
  /** Help shown under the field while the entry is fine. */
  helperText?: string;
  testId?: string;
  disabled?: boolean;
  /** Stable id in the plan ("lead:<warehouse id>"); defaults to the label. */
  entryId?: string;
  width?: number | string;
  /** Accessible name when the visible label is elsewhere. */
  ariaLabel?: string;
}

/**
 * A number entry that enforces its limits with a message instead of clamping, cutting or ignoring
 * keys: "−30" for a 0–720 field is shown and refused ("below the minimum"), never read as 30 or
 * 603; "9999" is refused, never cut to 99. A text box rather than type="number", whose value is
 * empty (or browser-dependent) for anything it does not parse, so the app could not say why.
 */
export function NumberField({
  label,
  value,
  limits,
  onCommit,
  allowEmpty = false,
  unit,
  helperText,
  testId,
  disabled,
  entryId,
  width,
  ariaLabel,
}: Props) {
  const { t, language } = useT();
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 6, useGrouping: false });
  const withUnit = (n: number) => (unit ? `${number.format(n)} ${unit}` : number.format(n));
  const { problem, inputProps } = useEntry<number>({
    id: entryId ?? label,
    label,
    value,
    format: (v) => number.format(v),
    read: (text, final) => {
      const r = parseNumberInput(text, limits, { final });
      if (r.ok) return { value: r.value };
      if (r.problem.kind === 'empty') return { empty: true };
      if (r.problem.kind === 'incomplete') return { wait: true };
      return { reason: numberProblemText(t, r.problem, withUnit) };
    },
    commit: onCommit,
    allowEmpty,
    emptyReason: t('field.number.empty'),
  });
  const range = t('field.number.range', { min: withUnit(limits.min), max: withUnit(limits.max) });

  return (
    <TextField
      size="small"
      label={label}
      disabled={disabled}
      {...inputProps}
      error={!!problem}
      // A disabled field (a built-in policy's targets) cannot take an entry, so its allowed range says
      // nothing; MUI would also grey the text below the 4.5:1 contrast a hint needs.
      helperText={problem ?? (disabled ? undefined : helperText ? `${helperText} ${range}` : range)}
      sx={{ width }}
      slotProps={{
        htmlInput: {
          'aria-label': ariaLabel,
          'data-testid': testId,
          'data-entry-id': entryId ?? label,
          inputMode: limits.step % 1 === 0 && limits.min >= 0 ? 'numeric' : 'decimal',
          autoComplete: 'off',
          spellCheck: false,
          maxLength: 16,
        },
        formHelperText: { role: problem ? 'alert' : undefined } as object,
      }}
    />
  );
}
