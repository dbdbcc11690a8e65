import { useEffect, useState } from 'react';
import { useT } from '../app/i18n/useT';
import type { ZipInfo } from '../../../shared/ipc/contract';
import { call } from '../lib/api';

/**
 * The hint under a field where a ZIP code is typed: "Reno, NV" for a 5-digit code, "ZIP3 895 · around
 * Reno, NV" for a 3-digit prefix; null while the entry is neither or names no known place (the field
 * then keeps its usual help or its own error).
 */
export function useZipHint(zip: string): string | null {
  const { t } = useT();
  const [info, setInfo] = useState<ZipInfo | null>(null);
  useEffect(() => {
    if (!/^\d{3}(\d{2})?$/.test(zip)) {
      setInfo(null);
      return;
    }
    let live = true;
    void call('geo:lookupZip', { zip }).then((res) => {
      if (live) setInfo(res.ok ? res.value : null);
    });
    return () => {
      live = false;
    };
  }, [zip]);
  if (!info || info.zip !== zip) return null;
  if (info.prefix)
    return info.city
      ? t('zipHint.prefixCity', { zip3: info.zip, city: info.city, state: info.state })
      : t('zipHint.prefix', { zip3: info.zip, state: info.state });
  return info.city
    ? t('zipHint.city', { city: info.city, state: info.state })
    : t('zipHint.state', { state: info.state });
}
