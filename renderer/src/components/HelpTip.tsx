import { useId, useState } from 'react';
import { useT } from '../app/i18n/useT';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { HELP_TERMS, type HelpTerm } from './helpMessages';

export { HELP_TERMS, type HelpTerm };

/**
 * The one help affordance of the app: a small ⓘ button named "What is <term>?" that opens a short,
 * plain-language explanation next to it. A button and a popover rather than a hover tooltip, because
 * the text is a few sentences long and must be reachable from the keyboard (Tab, Enter, Esc back) and
 * stay open while it is read.
 */
export function HelpTip({ term, termLabel }: { term: HelpTerm; termLabel?: string }) {
  const { t } = useT();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  const name = termLabel ?? t(`help.${term}.term`);
  return (
    <>
      <IconButton
        size="small"
        aria-label={t('help.whatIs', { term: name })}
        aria-expanded={anchor !== null}
        aria-controls={anchor ? id : undefined}
        aria-haspopup="dialog"
        data-testid={`help-${term}`}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ p: 0.25, verticalAlign: 'middle' }}
      >
        <InfoOutlinedIcon sx={{ fontSize: 16 }} />
      </IconButton>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{
          paper: {
            id,
            role: 'dialog',
            'aria-labelledby': `${id}-title`,
            'data-testid': `help-text-${term}`,
            sx: { p: 1.5, maxWidth: 360 },
          } as object,
        }}
      >
        <Typography id={`${id}-title`} variant="subtitle2" component="h2" sx={{ mb: 0.5 }}>
          {name}
        </Typography>
        {t(`help.${term}.text`)
          .split('\n')
          .map((para, i) => (
            <Typography key={i} variant="body2" sx={{ mt: i ? 0.75 : 0 }}>
              {para}
            </Typography>
          ))}
      </Popover>
    </>
  );
}
