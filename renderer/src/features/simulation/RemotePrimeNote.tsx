import Alert from '@mui/material/Alert';
import { useT } from '../../app/i18n/useT';
import type { SimulationResult } from '../../../../shared/engine/simulate';
import { describeRemotePrime } from '../../../../shared/engine/remotePrimeText';
import { useFormat } from './format';

/**
 * When the plan includes Alaska, Hawaii, Puerto Rico or the territories in its Prime regions: what
 * that does to the ≤ 2-day share, the same sentence as the report and the CLI. Nothing otherwise.
 */
export function RemotePrimeNote({ result }: { result: SimulationResult }) {
  const { t } = useT();
  const f = useFormat();
  const said = describeRemotePrime(result, t, f.percent);
  if (!said) return null;
  return (
    <Alert severity="info" variant="outlined" sx={{ mt: 2 }} data-testid="remote-prime-note">
      {said}
    </Alert>
  );
}
