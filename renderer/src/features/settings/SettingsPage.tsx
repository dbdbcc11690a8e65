import { useT } from '../../app/i18n/useT';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useStore } from '../../store';
import type { Prefs } from '../../../../shared/ipc/contract';
import { PolicyPanel } from './PolicyPanel';

const LANGUAGE_NAMES: Record<Prefs['language'], string> = { en: 'English', fr: 'Français' };

/** Language and theme (remembered in the workspace), version, data folder and data sources. */
export function SettingsPage() {
  const { t } = useT();
  const prefs = useStore((s) => s.prefs);
  const info = useStore((s) => s.info);
  const updatePrefs = useStore((s) => s.updatePrefs);

  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }}>
      <Typography variant="h1">{t('settings.title')}</Typography>
      <Paper sx={{ p: 3 }}>
        <Stack spacing={3}>
          <FormControl sx={{ maxWidth: 280 }}>
            <InputLabel id="language-label">{t('settings.language')}</InputLabel>
            <Select
              labelId="language-label"
              label={t('settings.language')}
              value={prefs.language}
              onChange={(e) => void updatePrefs({ language: e.target.value as Prefs['language'] })}
              data-testid="language-select"
            >
              {(Object.keys(LANGUAGE_NAMES) as Prefs['language'][]).map((l) => (
                <MenuItem key={l} value={l} lang={l} data-testid={`language-${l}`}>
                  {LANGUAGE_NAMES[l]}
                </MenuItem>
              ))}
            </Select>
            <FormHelperText>{t('settings.languageHelp')}</FormHelperText>
          </FormControl>
          <FormControl>
            <FormLabel id="theme-label">{t('settings.theme')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="theme-label"
              value={prefs.theme}
              onChange={(e) => void updatePrefs({ theme: e.target.value as Prefs['theme'] })}
            >
              {(['light', 'dark', 'system'] as const).map((m) => (
                <FormControlLabel
                  key={m}
                  value={m}
                  control={<Radio />}
                  label={t(`settings.theme.${m}`)}
                  data-testid={`theme-${m}`}
                />
              ))}
            </RadioGroup>
          </FormControl>
        </Stack>
      </Paper>
      <PolicyPanel />
      <Paper sx={{ p: 3 }}>
        <Stack spacing={1}>
          <Typography variant="h2">{t('settings.attributions')}</Typography>
          <Typography variant="body2">{t('settings.attributionsText')}</Typography>
          {info && (
            <>
              <Typography variant="body2" color="text.secondary">
                {t('settings.version', { version: info.version })}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                {t('settings.dataFolderAt', { dir: info.dataDir })}
              </Typography>
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
