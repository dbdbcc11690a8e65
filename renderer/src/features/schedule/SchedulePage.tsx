import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useStore } from '../../store';
import { PageSection } from '../../components/PageSection';
import { NumberField } from '../../components/NumberField';
import { selectFindings } from '../../store/selectors';
import { DaysTable } from './DaysTable';
import { ServicesTable } from './ServicesTable';
import { HolidaysPanel } from './HolidaysPanel';
import { ExtraDeliveryDaysPanel } from './ExtraDeliveryDaysPanel';
import { PrimeRegionsPanel } from './PrimeRegionsPanel';
import { FindingsPanel } from './FindingsPanel';
import { CheckStrip } from '../simulation/CheckStrip';

const LEAD_LIMITS = { min: 0, max: 720, step: 1 };

/** The week grid of each warehouse, with the engine's checks next to the fields and in a summary. */
export function SchedulePage() {
  const { t } = useT();
  const settings = useStore((s) => s.doc?.settings);
  const edit = useStore((s) => s.edit);
  const findings = selectFindings(settings);
  const [tab, setTab] = useState(0);

  if (!settings) return null;
  const wi = Math.min(tab, Math.max(0, settings.warehouses.length - 1));
  const warehouse = settings.warehouses[wi];

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h1">{t('schedule.title')}</Typography>
      </Stack>
      <Typography color="text.secondary">{t('schedule.intro')}</Typography>
      <CheckStrip />
      {!warehouse ? (
        <Alert severity="info">{t('schedule.noWarehouse')}</Alert>
      ) : (
        <>
          {settings.warehouses.length > 1 && (
            <Tabs
              value={wi}
              onChange={(_e, v: number) => setTab(v)}
              aria-label={t('schedule.warehouseTabs')}
              variant="scrollable"
            >
              {settings.warehouses.map((w) => (
                <Tab key={w.id} label={`${w.name} (${w.zip})`} />
              ))}
            </Tabs>
          )}
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'minmax(0, 3fr) minmax(300px, 1fr)' },
              gap: 2,
              alignItems: 'start',
            }}
          >
            <Stack spacing={2} sx={{ minWidth: 0 }}>
              <PageSection id="days-title" title={t('schedule.days.title')} spacing={1}>
                <DaysTable wi={wi} warehouse={warehouse} findings={findings} />
                <NumberField
                  label={t('schedule.leadLabel')}
                  helperText={t('schedule.leadHelp')}
                  value={warehouse.customerCutoffLeadMinutes}
                  // The settings schema's own limits: whole minutes, up to 12 hours.
                  limits={LEAD_LIMITS}
                  unit={t('schedule.minutesUnit')}
                  entryId={`lead:${warehouse.id}`}
                  testId="lead-minutes"
                  width={420}
                  onCommit={(v) => v !== null && edit((s) => void (s.warehouses[wi]!.customerCutoffLeadMinutes = v))}
                />
              </PageSection>
              <PageSection
                id="services-title"
                title={t('schedule.services.title')}
                intro={t('schedule.services.intro')}
                spacing={1}
              >
                <ServicesTable wi={wi} warehouse={warehouse} findings={findings} />
              </PageSection>
              <PageSection id="prime-regions-title" title={t('schedule.primeRegions.title')} spacing={1}>
                <PrimeRegionsPanel settings={settings} />
              </PageSection>
              <PageSection id="extra-days-title" title={t('schedule.extraDays.title')} spacing={1}>
                <ExtraDeliveryDaysPanel settings={settings} />
              </PageSection>
              <PageSection id="holidays-title" title={t('schedule.holidays.title')} spacing={1}>
                <HolidaysPanel wi={wi} settings={settings} />
              </PageSection>
            </Stack>
            <FindingsPanel findings={findings} />
          </Box>
        </>
      )}
    </Stack>
  );
}
