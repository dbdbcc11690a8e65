import { useEffect } from 'react';
import { useT } from '../../app/i18n/useT';
import Chip from '@mui/material/Chip';
import { useStore } from '../../store';
import { useReturnsView } from './useReturnsView';

/** The number of refunds and SAFE-T steps due today or overdue, beside "Returns" in the navigation. */
export function ReturnsNavCount() {
  const { t } = useT();
  const loaded = useStore((s) => s.register !== null);
  const load = useStore((s) => s.loadReturns);
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  const { due } = useReturnsView();
  const count = due ? due.overdue + due.dueToday : 0;
  if (count === 0) return null;
  return (
    <Chip
      size="small"
      label={count}
      data-testid="returns-nav-count"
      aria-label={t('returns.nav.count', { count })}
      title={t('returns.nav.count', { count })}
      sx={{ bgcolor: due && due.overdue > 0 ? '#b71c1c' : '#e65100', color: 'common.white', fontWeight: 700 }}
    />
  );
}
