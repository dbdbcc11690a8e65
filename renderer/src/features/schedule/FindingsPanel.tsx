import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Finding } from '../../../../shared/engine/findings';
import { countBySeverity } from '../../../../shared/engine/findings';
import { useFindingText } from '../../components/FindingText';

/** Every finding of the plan in one place, errors first, each with its fix when there is one. */
export function FindingsPanel({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const text = useFindingText();
  const counts = countBySeverity(findings);
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="findings-title" data-testid="findings-panel">
      <Stack spacing={1}>
        <Typography variant="h2" id="findings-title">
          {t('schedule.findings.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('schedule.findings.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
        </Typography>
        {findings.length === 0 ? (
          <Alert severity="success">{t('schedule.findings.none')}</Alert>
        ) : (
          <List dense disablePadding>
            {findings.map((f, i) => (
              <ListItem key={`${f.ruleId}-${f.path}-${i}`} disableGutters>
                <Alert severity={f.severity} sx={{ width: '100%', py: 0 }} data-testid="finding" data-rule={f.ruleId}>
                  <strong>{t(`schedule.severity.${f.severity}`)}:</strong> {text(f)}
                </Alert>
              </ListItem>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
