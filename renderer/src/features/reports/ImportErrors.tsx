import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { AppErrorShape } from '../../../../shared/ipc/result';

/**
 * A refused import: what was wrong with the file as a whole, then each problem with its place (row and
 * column of a CSV, path or line/column of a JSON file) and why — translated when main sent a key.
 */
export function ImportErrors({ error }: { error: AppErrorShape }) {
  const { t } = useTranslation();
  const fields = error.fields ?? [];
  return (
    <Alert severity="error" data-testid="import-errors" role="alert">
      <AlertTitle>{t('reports.import.errorsTitle')}</AlertTitle>
      {error.key ? t(error.key, { ...error.params, defaultValue: error.message }) : error.message}
      {fields.length > 0 && (
        <ul aria-label={t('reports.import.errorsLabel')} style={{ margin: '8px 0 0', paddingLeft: 20 }}>
          {fields.map((f, i) => {
            const row = typeof f.params['row'] === 'number' && f.params['row'] > 0 ? `${t('reports.import.row', { row: f.params['row'] })}, ` : '';
            // Messages by key from the readers name no place themselves: CSV ones get row and column, settings ones (domain.*) the JSON path.
            const where = f.key.startsWith('geo.transitCsv.') || f.key.startsWith('geo.weightsCsv.') || f.key.startsWith('orders.report.') || f.key.startsWith('transitFile.') || f.key.startsWith('domain.') ? `${row}${f.field || t('reports.import.file')}: ` : '';
            return (
              <li key={i} data-testid="import-error">
                {where}
                {t(f.key, { ...f.params, defaultValue: f.message })}
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}
