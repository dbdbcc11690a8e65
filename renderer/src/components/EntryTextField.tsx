import TextField from '@mui/material/TextField';
import { useEntry, type EntryOptions } from './useEntry';

interface Props<V> extends EntryOptions<V> {
  /** Shown under the field while its entry is fine (the expected format). */
  help?: string;
  testId: string;
  maxLength: number;
}

/**
 * A labelled text box for one entry of the plan (a date, a date and time, a list of shares): what
 * is typed stays on screen, is saved once it reads (see useEntry), and otherwise shows its reason
 * under the field, announced as an alert.
 */
export function EntryTextField<V>({ help, testId, maxLength, ...entry }: Props<V>) {
  const { problem, inputProps } = useEntry<V>(entry);
  return (
    <TextField
      size="small"
      fullWidth
      label={entry.label}
      {...inputProps}
      error={!!problem}
      helperText={problem ?? help}
      slotProps={{
        htmlInput: { 'data-testid': testId, autoComplete: 'off', spellCheck: false, maxLength },
        formHelperText: { role: problem ? 'alert' : undefined } as object,
      }}
    />
  );
}
