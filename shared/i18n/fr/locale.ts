import type { locale as en } from '../en/locale';
import type { Translation } from '../texts';

export const locale: Translation<typeof en> = { 'i18n.locale': 'fr-FR', 'i18n.dayFirstLocale': 'fr-FR' };
