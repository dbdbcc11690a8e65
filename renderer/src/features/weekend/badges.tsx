import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/useT';
import Chip from '@mui/material/Chip';
import { alpha } from '@mui/material/styles';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import BlockIcon from '@mui/icons-material/Block';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import type { WeekendCapability } from '../../../../shared/catalog/types';
import type { WeekendCheckItem } from '../../../../shared/engine/weekend';

/*
 * Badges carry an icon and a word, never colour alone. The word is always in the theme's text
 * colour (tone colours such as warning orange are below AA contrast as text); the tone shows in the
 * border, the icon and, for problems, a light tint.
 */

export type Tone = 'success' | 'warning' | 'error' | 'info';

/** An outlined chip in a tone, readable in light and dark themes. */
export function ToneBadge({
  tone,
  icon,
  label,
  strong = false,
  ...rest
}: { tone: Tone; icon: ReactElement; label: string; strong?: boolean } & Record<`data-${string}`, string | undefined>) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={tone}
      icon={icon}
      label={label}
      sx={(theme) => ({
        color: 'text.primary',
        bgcolor: strong ? alpha(theme.palette[tone].main, theme.palette.mode === 'dark' ? 0.22 : 0.12) : 'transparent',
        height: 'auto',
        minHeight: 24,
        '& .MuiChip-label': { whiteSpace: 'normal', py: '2px' },
      })}
      {...rest}
    />
  );
}

const CAPABILITY = {
  yes: { tone: 'success', icon: <CheckCircleOutlineIcon /> },
  limited: { tone: 'warning', icon: <HandshakeOutlinedIcon /> },
  no: { tone: 'error', icon: <BlockIcon /> },
} as const;

/** A matrix cell: Yes / Limited / No. */
export function CapabilityBadge({ capability }: { capability: WeekendCapability }) {
  const { t } = useT();
  const c = CAPABILITY[capability];
  return (
    <ToneBadge tone={c.tone} icon={c.icon} label={t(`catalog.capability.${capability}`)} data-capability={capability} />
  );
}

/** A planned weekend handover: available / needs a special operating plan (declared or not) / not offered. */
export function WeekendStatusBadge({ item }: { item: Pick<WeekendCheckItem, 'status' | 'usable' | 'specialPlan'> }) {
  const { t } = useT();
  const label = t(`catalog.weekendStatus.${item.status}`);
  if (item.status === 'available')
    return <ToneBadge tone="success" icon={<CheckCircleOutlineIcon />} label={label} data-status="available" />;
  if (item.status === 'notOffered')
    return <ToneBadge tone="error" strong icon={<BlockIcon />} label={label} data-status="notOffered" />;
  return item.usable ? (
    <ToneBadge
      tone="info"
      icon={<HandshakeOutlinedIcon />}
      label={t('weekend.status.planDeclared')}
      data-status="planDeclared"
    />
  ) : (
    <ToneBadge tone="warning" strong icon={<WarningAmberIcon />} label={label} data-status="needsSpecialPlan" />
  );
}

/** Pass / fail of a requirement, as a word with an icon. */
export function VerdictBadge({
  pass,
  passLabel,
  failLabel,
  testId,
}: {
  pass: boolean;
  passLabel: string;
  failLabel: string;
  testId?: string;
}) {
  return pass ? (
    <ToneBadge
      tone="success"
      icon={<CheckCircleOutlineIcon />}
      label={passLabel}
      data-testid={testId}
      data-pass="true"
    />
  ) : (
    <ToneBadge
      tone="error"
      strong
      icon={<HighlightOffIcon />}
      label={failLabel}
      data-testid={testId}
      data-pass="false"
    />
  );
}
