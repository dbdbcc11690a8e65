import { useT } from '../app/i18n/useT';
import type { Finding } from '../../../shared/engine/findings';
import { localiseParams } from '../lib/localiseParams';

/** A finding's message (and its fix, when it has one) in the current language. */
export function useFindingText() {
  const { t, language } = useT();
  return (f: Finding): string => {
    const text = t(f.messageKey, localiseParams(f.params, language));
    return f.fix
      ? `${text} ${t('schedule.findings.fix', { fix: t(f.fix.messageKey, localiseParams(f.fix.params, language)) })}`
      : text;
  };
}
