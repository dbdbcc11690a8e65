import { useMemo } from 'react';
import { checkedKey, useT } from '../../app/i18n/useT';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { zoneMatches, zoneOptions, type ZoneOption } from '../../../../shared/time/zoneLabels';

interface Props {
  /** The IANA id ('' while none is known yet). */
  value: string;
  onChange(id: string): void;
  error?: string;
}

/**
 * The warehouse's time zone as a searchable list: "Pacific Time (Los Angeles)" on screen, found by
 * city, zone name (either language) or IANA id, and stored as the IANA id exactly as before. The US
 * zones come first; every other zone the runtime knows follows, for the rare warehouse elsewhere.
 */
export function TimeZonePicker({ value, onChange, error }: Props) {
  const { t, lang } = useT();
  const options = useMemo(() => zoneOptions(lang, value || undefined), [lang, value]);
  const selected = options.find((o) => o.id === value) ?? null;
  return (
    <Autocomplete<ZoneOption, false, false, false>
      fullWidth
      options={options}
      value={selected}
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
      noOptionsText={t('warehouses.tz.noMatch')}
      renderGroup={(params) => {
        const name = t(checkedKey(`warehouses.tz.group.${params.group}`));
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
          label={t('warehouses.field.timeZone')}
          required
          error={!!error}
          helperText={
            error ?? (selected ? t('warehouses.tz.stored', { id: selected.id }) : t('warehouses.field.timeZoneHelp'))
          }
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'warehouse-tz', 'data-iana': value },
          }}
        />
      )}
    />
  );
}
