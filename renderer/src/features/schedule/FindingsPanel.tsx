import { useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import type { Finding } from '../../../../shared/engine/findings';
import { countBySeverity } from '../../../../shared/engine/findings';
import { useFindingText } from '../../components/FindingText';
import { PageSection } from '../../components/PageSection';

/** Every finding of the plan in one place, errors first, each with its fix when there is one. */
export function FindingsPanel({ findings }: { findings: Finding[] }) {
  const { t } = useT();
  const text = useFindingText();
  const counts = countBySeverity(findings);
  return (
    <PageSection
      id="findings-title"
      title={t('schedule.findings.title')}
      intro={t('schedule.findings.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      testId="findings-panel"
      spacing={1}
    >
      {findings.length === 0 ? (
        <Alert severity="success">{t('schedule.findings.none')}</Alert>
      ) : (
        <List dense disablePadding>
          {findings.map((f, i) => (
            <ListItem key={`${f.ruleId}-${f.path}-${i}`} disableGutters>
              <Alert severity={f.severity} sx={{ width: '100%', py: 0 }} data-testid="finding" data-rule={f.ruleId}>
                <strong>{t(`schedule.severity.${f.severity}`)}</strong>
                {t('report.colon')}
                {text(f)}
              </Alert>
            </ListItem>
          ))}
        </List>
      )}
    </PageSection>
  );
}
