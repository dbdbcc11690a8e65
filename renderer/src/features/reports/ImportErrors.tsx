import { messageOf, useT, type T } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { AppErrorShape, FieldError } from '../../../../shared/ipc/result';

/** Keys whose messages name no place themselves: the row and column are put before them. */
const ROW_KEYED = [
  'geo.transitCsv.',
  'geo.weightsCsv.',
  'imports.',
  'orders.report.',
  'transitFile.',
  'returns.report.',
];

/**
 * A refused import: what was wrong with the file as a whole, then each problem in plain words first —
 * "Row 4, weight: "-2" is negative; a weight is 0 or more", translated when main sent a key — and its
 * technical place (`rows[3].weight`, a settings file's JSON path or line and column) folded under
 * Details, for whoever fixes the file by hand.
 */
export function ImportErrors({ error }: { error: AppErrorShape }) {
  const { t } = useT();
  const fields = error.fields ?? [];
  return (
    <Alert severity="error" data-testid="import-errors" role="alert">
      <AlertTitle>{t('reports.import.errorsTitle')}</AlertTitle>
      {messageOf(t, error.key, error.params, error.message)}
      {fields.length > 0 && (
        <ul aria-label={t('reports.import.errorsLabel')} style={{ margin: '8px 0 0', paddingLeft: 20 }}>
          {fields.map((f, i) => {
            const { plain, details } = plainProblem(f, t);
            const file = typeof f.params['file'] === 'string' ? f.params['file'] : '';
            return (
              <li key={i}>
                <span data-testid="import-error">{plain}</span>
                {details && (
                  <details data-testid="import-error-details" style={{ fontSize: '0.85em' }}>
                    <summary>{t('reports.import.details')}</summary>
                    <code>{file ? `${file} · ${details}` : details}</code>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}

/** The plain sentence of one problem and its technical place (shown on demand). */
function plainProblem(f: FieldError, t: T): { plain: string; details: string | undefined } {
  // A settings problem without its own translation: main sends the place and the message apart.
  if (f.key === 'reports.import.settingsIssue' && typeof f.params['message'] === 'string') {
    return { plain: f.params['message'], details: typeof f.params['where'] === 'string' ? f.params['where'] : f.field };
  }
  const message = messageOf(t, f.key, f.params, f.message);
  // A settings problem by key: the reason in words, the JSON path (or line and column) as the details.
  if (f.key.startsWith('domain.')) return { plain: message, details: f.details ?? (f.field || undefined) };
  if (ROW_KEYED.some((prefix) => f.key.startsWith(prefix))) {
    const row =
      typeof f.params['row'] === 'number' && f.params['row'] > 0
        ? `${t('reports.import.row', { row: f.params['row'] })}, `
        : '';
    return { plain: `${row}${f.field || t('reports.import.file')}: ${message}`, details: f.details };
  }
  return { plain: message, details: f.details };
}
