import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface PageSectionProps {
  /** The heading's id: the section is labelled by it, so screen readers announce it as a region. */
  id: string;
  title: ReactNode;
  /** One line under the heading saying what the section is for. */
  intro?: ReactNode;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  /** Heading level inside the page (the page title is the h1). */
  level?: 2 | 3;
  testId?: string;
  /** Heading, intro and content one spacing apart, the intro in the smaller body text (the planner pages). */
  dense?: boolean;
  children?: ReactNode;
}

/** A titled block of a page: a Paper that is a `section` labelled by its own heading, an intro, then the content. */
export function PageSection({
  id,
  title,
  intro,
  actions,
  level = 2,
  testId,
  dense = false,
  children,
}: PageSectionProps) {
  const heading = (
    <Typography variant={`h${level}`} id={id} sx={dense ? undefined : { mb: 1 }}>
      {title}
    </Typography>
  );
  const head = actions ? (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
      {heading}
      {actions}
    </Stack>
  ) : (
    heading
  );
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby={id} data-testid={testId}>
      {dense ? (
        <Stack spacing={1}>
          {head}
          {intro && (
            <Typography variant="body2" color="text.secondary">
              {intro}
            </Typography>
          )}
          {children}
        </Stack>
      ) : (
        <>
          {head}
          {intro && (
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {intro}
            </Typography>
          )}
          {children}
        </>
      )}
    </Paper>
  );
}
