import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

/** Row colours by urgency: overdue stands out, due today is marked, the rest is plain. */
const urgencySx = (status: string) =>
  status === 'overdue'
    ? {
        bgcolor: (th: { palette: { mode: string } }) =>
          th.palette.mode === 'dark' ? 'rgba(244,67,54,0.22)' : '#fdecea',
        '& td': { fontWeight: 600 },
      }
    : status === 'dueToday'
      ? {
          bgcolor: (th: { palette: { mode: string } }) =>
            th.palette.mode === 'dark' ? 'rgba(255,152,0,0.18)' : '#fff4e5',
        }
      : {};

export interface DeadlineRow {
  key: string | number;
  /** 'overdue' and 'dueToday' colour the row. */
  urgency: string;
  testId: string;
  /** The row's data-* attributes, which the tests read. */
  data: Record<`data-${string}`, string>;
  cells: ReactNode[];
  /** The row's Edit button: its accessible name says which entry it opens. */
  edit?: { label: string; text: string; testId: string; onClick(): void };
}

/**
 * A table of dated obligations (what is due, the returns, the SAFE-T claims), overdue and due-today
 * rows highlighted, labelled by its section's heading; the empty text stands in for it when given
 * and there are no rows.
 */
export function DeadlineTable({
  labelledBy,
  columns,
  rows,
  empty,
}: {
  labelledBy: string;
  columns: string[];
  rows: DeadlineRow[];
  empty?: string;
}) {
  if (empty !== undefined && rows.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c}>{c}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key} sx={urgencySx(r.urgency)} data-testid={r.testId} {...r.data}>
            {r.cells.map((c, i) => (
              <TableCell key={i}>{c}</TableCell>
            ))}
            {r.edit && (
              <TableCell>
                <Button size="small" onClick={r.edit.onClick} aria-label={r.edit.label} data-testid={r.edit.testId}>
                  {r.edit.text}
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
