import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/engine/findings';

/** A finding's message (and its fix, when it has one) in the current language. */
export function useFindingText() {
  const { t } = useTranslation();
  return (f: Finding): string => {
    const text = t(f.messageKey, f.params);
    return f.fix ? `${text} ${t('schedule.findings.fix', { fix: t(f.fix.messageKey, f.fix.params) })}` : text;
  };
}
