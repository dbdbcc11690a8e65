import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/engine/findings';
import { localiseParams } from '../lib/localiseParams';

/** A finding's message (and its fix, when it has one) in the current language. */
export function useFindingText() {
  const { t, i18n } = useTranslation();
  return (f: Finding): string => {
    const text = t(f.messageKey, localiseParams(f.params, i18n.language));
    return f.fix
      ? `${text} ${t('schedule.findings.fix', { fix: t(f.fix.messageKey, localiseParams(f.fix.params, i18n.language)) })}`
      : text;
  };
}
