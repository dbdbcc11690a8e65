import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useT } from '../../app/i18n/useT';
import { useStore, type StoreState } from '../../store';
import type { MessageKey } from '../../../../shared/i18n/catalogue';

/** One import the Reports page offers. */
export interface ReportImport {
  /** Names the button for the tests (`import-<kind>`). */
  kind: string;
  label: MessageKey;
  /** The store action that asks for the file and reads it (the same the File menu calls). */
  run: (actions: StoreState) => void;
}

/**
 * The Reports page's imports, in the order shown. The file types each dialog offers belong to its
 * channel (OPEN_FILE_CHANNELS in shared/ipc/channels.ts), not to the page. A new import is one row.
 */
export const REPORT_IMPORTS: readonly ReportImport[] = [
  { kind: 'settings', label: 'reports.import.settings', run: (s) => s.importSettings() },
  { kind: 'transit', label: 'reports.import.transit', run: (s) => s.importTransitCsv() },
  { kind: 'weights', label: 'reports.import.weights', run: (s) => s.importDestinationWeights() },
  { kind: 'orders', label: 'reports.import.orders', run: (s) => s.importOrderReport() },
  { kind: 'usps', label: 'reports.import.usps', run: (s) => s.importCarrierTransit('usps-standards') },
  { kind: 'ups', label: 'reports.import.ups', run: (s) => s.importCarrierTransit('ups-tnt') },
];

/** A button per import, all disabled while the page is busy. */
export function ImportButtons({ disabled }: { disabled: boolean }) {
  const { t } = useT();
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      {REPORT_IMPORTS.map((item) => (
        <Button
          key={item.kind}
          variant="outlined"
          startIcon={<UploadFileIcon />}
          disabled={disabled}
          data-testid={`import-${item.kind}`}
          onClick={() => item.run(useStore.getState())}
        >
          {t(item.label)}
        </Button>
      ))}
    </Stack>
  );
}
