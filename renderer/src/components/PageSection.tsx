import type { HTMLAttributes, ReactNode, Ref } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SUB_HEADING_SX } from './SubSection';

export interface PageSectionProps {
  /** The heading's id: the section is labelled by it, so screen readers announce it as a region. */
  id: string;
  title: ReactNode;
  /** One line under the heading saying what the section is for. */
  intro?: ReactNode;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  /** The actions follow the heading (a toggle about it) instead of sitting at the end of its row. */
  actionsInline?: boolean;
  /** Heading level inside the page (the page title is the h1); a level-3 heading is sized as SubHeading's. */
  level?: 2 | 3;
  testId?: string;
  /**
   * Heading, intro and content this many theme spacings apart, the intro in the smaller body text (the
   * planner pages use 1). Without it the intro is in body text with its own margins (the Reports and Returns pages).
   */
  spacing?: number;
  /** 'none' for a section of a dashboard that sits on the page itself rather than on a Paper. */
  frame?: 'paper' | 'none';
  /** Inner padding of the Paper in theme spacings (the Settings page's panels use 3). */
  padding?: 2 | 3;
  /** For a section the page scrolls to and focuses: the heading takes the focus, without an outline. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Further attributes of the section element (its own id, data-* state). */
  sectionProps?: HTMLAttributes<HTMLElement> & { [data: `data-${string}`]: string | number | undefined };
  children?: ReactNode;
}

/**
 * A titled block of a page: a `section` labelled by its own heading (on a Paper unless `frame` is
 * 'none'), an intro, then the content.
 */
export function PageSection({
  id,
  title,
  intro,
  actions,
  actionsInline = false,
  level = 2,
  testId,
  spacing,
  frame = 'paper',
  padding = 2,
  headingRef,
  sectionProps,
  children,
}: PageSectionProps) {
  const heading = (
    <Typography
      variant={`h${level}`}
      id={id}
      ref={headingRef}
      tabIndex={headingRef ? -1 : undefined}
      sx={{
        ...(level === 3 ? SUB_HEADING_SX : {}),
        ...(spacing === undefined ? { mb: 1 } : {}),
        ...(headingRef ? { scrollMarginTop: 80, outline: 'none' } : {}),
      }}
    >
      {title}
    </Typography>
  );
  const head = actions ? (
    <Stack
      direction="row"
      spacing={1}
      sx={
        actionsInline
          ? { alignItems: 'baseline', flexWrap: 'wrap' }
          : { alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }
      }
    >
      {heading}
      {actions}
    </Stack>
  ) : (
    heading
  );
  const body =
    spacing !== undefined ? (
      <Stack spacing={spacing}>
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
    );
  const common = { component: 'section', 'aria-labelledby': id, 'data-testid': testId, ...sectionProps } as const;
  return frame === 'none' ? (
    <Box {...common}>{body}</Box>
  ) : (
    <Paper sx={{ p: padding }} {...common}>
      {body}
    </Paper>
  );
}
