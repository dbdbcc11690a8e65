import { useT } from '../../app/i18n/useT';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import CloseIcon from '@mui/icons-material/Close';
import type { Handover } from '../../../../shared/domain/settings';
import type { Weekday } from '../../../../shared/time/dateTime';
import { TimeField } from '../../components/TimeField';

interface Props {
  day: Weekday;
  serviceName: string;
  handover: Handover | undefined;
  /** Id of the text that explains a finding about this day (below the row); marks the time field. */
  flaggedBy?: string;
  disabled?: boolean;
  /** Prefix of the time fields' ids in the plan ("<warehouse id>:<service id>"). */
  idPrefix: string;
  onKind(kind: 'none' | Handover['kind']): void;
  onTimes(next: Handover): void;
}

/** One service on one weekday: none, pickup time(s), or the latest drop-off time. */
export function HandoverCell({ day, serviceName, handover, flaggedBy, disabled, idPrefix, onKind, onTimes }: Props) {
  const { t } = useT();
  const dayName = t(`catalog.weekday.${day}`);
  const kind = handover?.kind ?? 'none';
  return (
    <Stack spacing={0.5} sx={{ minWidth: 84 }}>
      <Select
        size="small"
        value={kind}
        disabled={disabled}
        onChange={(e) => onKind(e.target.value as 'none' | Handover['kind'])}
        inputProps={{ 'aria-label': t('schedule.handoverKind', { service: serviceName, day: dayName }) }}
        // The closed box shows a short word so seven days fit a 1024 px window in both languages; the
        // menu and the accessible name keep the full one.
        renderValue={(v) => t(`schedule.handover.short.${v}`)}
        sx={{ fontSize: 13, '& .MuiSelect-select': { py: 0.5, pl: 1 } }}
      >
        <MenuItem value="none">{t('schedule.handover.none')}</MenuItem>
        <MenuItem value="pickup">{t('schedule.handover.pickup')}</MenuItem>
        <MenuItem value="dropoff">{t('schedule.handover.dropoff')}</MenuItem>
      </Select>
      {handover?.kind === 'pickup' &&
        handover.times.map((time, i) => (
          <Stack key={i} direction="row" sx={{ alignItems: 'center' }}>
            <TimeField
              label={t('schedule.pickupTime', { service: serviceName, n: i + 1, day: dayName })}
              value={time}
              entryId={`pickup:${idPrefix}:${day}:${i}`}
              width={76}
              disabled={disabled}
              flaggedBy={i === handover.times.length - 1 ? flaggedBy : undefined}
              onCommit={(v) => v && onTimes({ kind: 'pickup', times: handover.times.map((x, j) => (j === i ? v : x)) })}
            />
            {handover.times.length > 1 && (
              <IconButton
                size="small"
                aria-label={t('schedule.removePickup', { time })}
                onClick={() => onTimes({ kind: 'pickup', times: handover.times.filter((_, j) => j !== i) })}
              >
                <CloseIcon fontSize="inherit" />
              </IconButton>
            )}
          </Stack>
        ))}
      {handover?.kind === 'pickup' && handover.times.length < 4 && (
        <Tooltip title={t('schedule.addPickup', { service: serviceName, day: dayName })}>
          <IconButton
            size="small"
            sx={{ alignSelf: 'flex-start' }}
            aria-label={t('schedule.addPickup', { service: serviceName, day: dayName })}
            onClick={() =>
              onTimes({ kind: 'pickup', times: [...handover.times, handover.times[handover.times.length - 1]!] })
            }
          >
            <AddIcon fontSize="inherit" />
          </IconButton>
        </Tooltip>
      )}
      {handover?.kind === 'dropoff' && (
        <TimeField
          label={t('schedule.dropoffTime', { service: serviceName, day: dayName })}
          value={handover.latest}
          entryId={`dropoff:${idPrefix}:${day}`}
          width={76}
          disabled={disabled}
          flaggedBy={flaggedBy}
          onCommit={(v) => v && onTimes({ kind: 'dropoff', latest: v })}
        />
      )}
    </Stack>
  );
}
