import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** An area of the app whose screens are still to be built: its title and an honest note, no fake numbers. */
export function SectionPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <Typography variant="h1">{t(titleKey)}</Typography>
      <Typography color="text.secondary">{t('common.comingWithIssue')}</Typography>
    </Stack>
  );
}
