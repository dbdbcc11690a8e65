import { messageOf, useT, type MessageKey } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { OrderReportReadDto } from '../../../../shared/ipc/orderReportSchemas';
import type { SkipReason } from '../../../../shared/orders/orderReport';

/** The heading of each reason's group, by the reader's skip code. */
const REASON_TITLE: Record<SkipReason, MessageKey> = {
  missingOrderId: 'reports.backtest.skippedReason.missingOrderId',
  missingPurchaseDate: 'reports.backtest.skippedReason.missingPurchaseDate',
  badPurchaseDate: 'reports.backtest.skippedReason.badPurchaseDate',
  missingZip: 'reports.backtest.skippedReason.missingZip',
  badZip: 'reports.backtest.skippedReason.badZip',
  unknownZip: 'reports.backtest.skippedReason.unknownZip',
  formula: 'reports.backtest.skippedReason.formula',
};
/** Example rows shown under each reason: enough to find the pattern in the file, not a listing of it. */
const EXAMPLES_PER_REASON = 3;

const isSkipReason = (code: string): code is SkipReason => code in REASON_TITLE;

/**
 * Why rows of an order report were left out of the backtest, folded under "Why were rows skipped?":
 * one line per reason with its count, most frequent first, then a few of its rows (row number,
 * column, what was wrong). The reader lists only its first skipped rows, so a reason may show a count
 * without examples; the note under the list says so.
 */
export function SkippedRows({ skipped }: { skipped: OrderReportReadDto['skipped'] }) {
  const { t } = useT();
  if (skipped.total === 0) return null;
  const reasons = Object.entries(skipped.byReason)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <Box component="details" data-testid="backtest-skipped" sx={{ typography: 'body2' }}>
      <Box component="summary" sx={{ cursor: 'pointer' }}>
        {t('reports.backtest.skippedWhy', { count: skipped.total })}
      </Box>
      <Box component="ul" sx={{ mt: 1, mb: 0, pl: 3 }}>
        {reasons.map(([code, count]) => {
          const examples = skipped.examples.filter((e) => e.code === code).slice(0, EXAMPLES_PER_REASON);
          return (
            <li key={code} data-testid="backtest-skipped-reason" data-code={code}>
              <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                {t('reports.backtest.skippedGroup', {
                  reason: isSkipReason(code) ? t(REASON_TITLE[code]) : code,
                  count,
                })}
              </Typography>
              {examples.length > 0 && (
                <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
                  {examples.map((e) => (
                    <li key={e.row} data-testid="backtest-skipped-example">
                      {t('reports.backtest.skippedExample', {
                        row: e.row,
                        field: e.field,
                        problem: messageOf(t, e.messageKey, e.params, e.message),
                      })}
                    </li>
                  ))}
                </Box>
              )}
            </li>
          );
        })}
      </Box>
      {skipped.examples.length < skipped.total && (
        <Typography variant="body2" color="text.secondary" data-testid="backtest-skipped-listed">
          {t('reports.backtest.skippedListed', { count: skipped.examples.length, total: skipped.total })}
        </Typography>
      )}
    </Box>
  );
}
