import { useMemo } from 'react';
import { useT } from '../app/i18n/useT';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { zoneMatches, zoneOptions, type ZoneOption } from '../../../shared/time/zoneLabels';

interface Props {
  /** The IANA id ('' while none is known yet). */
  value: string;
  onChange(id: string): void;
  label: string;
  /** Under the field while there is no error: how to search, what is stored. */
  helperText: string;
  error?: string;
  required?: boolean;
  /** 'small' beside the small text fields of a table row. */
  size?: 'small' | 'medium';
  testId: string;
}

/**
 * A time zone as a searchable list: "Pacific Time (Los Angeles)" on screen, found by city, zone name
 * (either language) or IANA id, and stored as the IANA id. The US zones come first; every other zone
 * the runtime knows follows, for the rare clock elsewhere.
 */
export function TimeZonePicker({
  value,
  onChange,
  label,
  helperText,
  error,
  required = false,
  size = 'medium',
  testId,
}: Props) {
  const { t, lang } = useT();
  const options = useMemo(() => zoneOptions(lang, value || undefined), [lang, value]);
  const selected = options.find((o) => o.id === value) ?? null;
  return (
    <Autocomplete<ZoneOption, false, true, false>
      fullWidth
      size={size}
      options={options}
      // A zone is always required, so there is no clear button (its room goes to the zone's name); the
      // value is null only while none is known yet, which the list shows as empty.
      disableClearable
      value={selected as ZoneOption}
      onChange={(_e, option) => {
        if (option) onChange(option.id);
      }}
      groupBy={(o) => o.group}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(o, v) => o.id === v.id}
      filterOptions={(list, state) =>
        state.inputValue && state.inputValue !== selected?.label
          ? list.filter((o) => zoneMatches(o, state.inputValue))
          : list
      }
      autoHighlight
      noOptionsText={t('field.timeZone.noMatch')}
      renderGroup={(params) => {
        const name = params.group === 'us' ? t('field.timeZone.group.us') : t('field.timeZone.group.other');
        // A listbox may hold options and groups of options: the group carries the name, its visible
        // heading is hidden from assistive tech so it is not read as an option.
        return (
          <li key={params.key} role="presentation">
            <Box component="ul" role="group" aria-label={name} sx={{ p: 0 }}>
              <Typography
                component="li"
                role="presentation"
                aria-hidden
                variant="caption"
                sx={{
                  display: 'block',
                  px: 2,
                  py: 0.5,
                  fontWeight: 600,
                  color: 'text.secondary',
                  bgcolor: 'background.paper',
                  position: 'sticky',
                  top: -8,
                  zIndex: 1,
                }}
              >
                {name}
              </Typography>
              {params.children}
            </Box>
          </li>
        );
      }}
      renderOption={({ key, ...props }, o) => (
        <li key={key} {...props}>
          <span>
            {o.label}
            <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {o.id}
            </Typography>
          </span>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          error={!!error}
          helperText={error ?? helperText}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId, 'data-iana': value },
          }}
        />
      )}
    />
  );
}
