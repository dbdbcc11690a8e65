import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../app/i18n/useT';
import type { Settings } from '../../../../shared/domain/settings';
import { REMOTE_REGIONS, type RemoteRegion } from '../../../../shared/geo/remoteRegions';
import { useStore } from '../../store';

/*
 * Which regions beyond the 48 contiguous states + DC the plan's standard-size Prime templates include
 * (settings.primeRemoteRegions). None by default, as sellers' templates usually are; a region ticked
 * counts in the simulated speed figures with its own promises, while nationwide coverage stays the 48
 * states + DC. The Simulation page says what including them costs.
 */

/** Writes the list in REMOTE_REGIONS order, dropping the field when it is empty (a file without it means none). */
function setRegions(draft: Settings, regions: ReadonlySet<RemoteRegion>) {
  const list = REMOTE_REGIONS.filter((r) => regions.has(r));
  if (list.length === 0) delete draft.primeRemoteRegions;
  else draft.primeRemoteRegions = list;
}

export function PrimeRegionsPanel({ settings }: { settings: Settings }) {
  const { t } = useT();
  const edit = useStore((s) => s.edit);
  const included = new Set(settings.primeRemoteRegions ?? []);
  const toggle = (region: RemoteRegion, on: boolean) =>
    edit((s) => {
      const next = new Set(s.primeRemoteRegions ?? []);
      if (on) next.add(region);
      else next.delete(region);
      setRegions(s, next);
    });
  return (
    <Stack spacing={1} data-testid="prime-regions">
      <Typography variant="body2" color="text.secondary">
        {t('schedule.primeRegions.intro')}
      </Typography>
      <FormGroup aria-labelledby="prime-regions-title" row sx={{ columnGap: 2 }}>
        {REMOTE_REGIONS.map((region) => (
          <FormControlLabel
            key={region}
            control={
              <Checkbox
                checked={included.has(region)}
                onChange={(e) => toggle(region, e.target.checked)}
                slotProps={{ input: { 'data-testid': `prime-region-${region}` } as object }}
              />
            }
            label={t(`catalog.region.${region}`)}
          />
        ))}
      </FormGroup>
      <Typography variant="body2" color="text.secondary" data-testid="prime-regions-status">
        {included.size === 0 ? t('schedule.primeRegions.noneIncluded') : t('schedule.primeRegions.someIncluded')}
      </Typography>
    </Stack>
  );
}
