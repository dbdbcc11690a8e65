import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';

/**
 * The size of a heading inside a page's section. The theme sizes only h2 (a section's title): MUI's
 * own h3 is a display size, so every h3 of a section says this instead of picking its own.
 */
export const SUB_HEADING_SX = { fontSize: '1.05rem', fontWeight: 600 } as const;

/** A section's h3, alone or in a row beside a badge or chip. */
export function SubHeading({ children, sx }: { children: ReactNode; sx?: SxProps<Theme> }) {
  return (
    <Typography variant="h3" sx={[SUB_HEADING_SX, ...(Array.isArray(sx) ? sx : [sx])]}>
      {children}
    </Typography>
  );
}

export interface SubSectionProps {
  title: ReactNode;
  /** One line under the heading, in the smaller body text (what the block is for, or that it is empty). */
  intro?: ReactNode;
  testId?: string;
  children?: ReactNode;
}

/**
 * A titled block inside a PageSection (an editor of a list of the plan's entries, say): its h3, the
 * intro, then the content, one spacing apart and set off from what comes before it.
 */
export function SubSection({ title, intro, testId, children }: SubSectionProps) {
  return (
    <Stack spacing={1} sx={{ mt: 3 }} data-testid={testId}>
      <SubHeading>{title}</SubHeading>
      {intro && (
        <Typography variant="body2" color="text.secondary">
          {intro}
        </Typography>
      )}
      {children}
    </Stack>
  );
}
