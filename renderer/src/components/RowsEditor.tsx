import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

/** One cell of a row: its field, and the width it needs to stay readable. */
export interface RowCell {
  content: ReactNode;
  minWidth?: number;
}

export interface RowsEditorProps<R> {
  rows: readonly R[];
  /** The table's accessible name. */
  label: string;
  /** Column headings, one per cell `cells` gives, the remove column coming last. */
  columns: string[];
  cells(row: R, index: number): RowCell[];
  /** Cells aligned at their top, so a field showing its error below does not push its neighbours down. */
  alignTop?: boolean;
  /** What stands in for the table when there is no row (nothing by default). */
  empty?: ReactNode;
  /** The name of row `index`'s remove button ("Remove period 2"). */
  removeLabel(index: number): string;
  onRemove(index: number): void;
  addLabel: string;
  onAdd(): void;
  /** The list's cap is reached. */
  full: boolean;
  /** Prefix of the test ids: `<prefix>-row`, `<prefix>-remove`, `<prefix>-add`. */
  testId: string;
}

/**
 * A list of plan entries edited in place: one table row of fields per entry with its remove button,
 * then an add button that turns off at the list's cap. Each field saves itself as typed and shows
 * its own error, so the rows need nothing more from the list.
 */
export function RowsEditor<R>({
  rows,
  label,
  columns,
  cells,
  alignTop = false,
  empty,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
  full,
  testId,
}: RowsEditorProps<R>) {
  const align = alignTop ? { verticalAlign: 'top' } : {};
  return (
    <>
      {rows.length === 0 ? (
        empty
      ) : (
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableCell key={c}>{c}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, i) => (
              <TableRow key={i} data-testid={`${testId}-row`}>
                {cells(row, i).map((c, j) => (
                  <TableCell key={j} sx={{ ...align, ...(c.minWidth ? { minWidth: c.minWidth } : {}) }}>
                    {c.content}
                  </TableCell>
                ))}
                <TableCell sx={align}>
                  <IconButton
                    aria-label={removeLabel(i)}
                    onClick={() => onRemove(i)}
                    size="small"
                    data-testid={`${testId}-remove`}
                  >
                    ×
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div>
        <Button variant="outlined" onClick={onAdd} disabled={full} data-testid={`${testId}-add`}>
          {addLabel}
        </Button>
      </div>
    </>
  );
}
