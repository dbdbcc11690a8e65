import type { Lang } from '../../shared/i18n/lang';
import { CATALOGUE } from '../../shared/i18n/catalogue';
import { menu } from '../../shared/i18n/en/menu';
import { renderMessage, type MessageParams } from '../../shared/i18n/render';

/** The name of a menu or main-process dialog text: its catalogue key without `menu.` (shared/i18n/<lang>/menu.ts). */
export type MenuName = keyof typeof menu extends `menu.${infer Name}` ? Name : never;

export type MenuText = { readonly [Name in MenuName]: string };

const NAMES = Object.keys(menu).map((key) => key.slice('menu.'.length) as MenuName);

/**
 * The native menu's labels in a language, by name, as the menu builder reads them.
 * @example menuText('fr').file // 'Fichier'
 */
export function menuText(language: Lang): MenuText {
  return Object.fromEntries(NAMES.map((name) => [name, menuMessage(language, name)])) as MenuText;
}

/**
 * One menu or dialog text with its placeholders filled, rendered like every other message.
 * @example menuMessage('en', 'dataFolder', { dir: '/home/me/ShipWeek' }) // 'Workspace folder: /home/me/ShipWeek'
 */
export function menuMessage(language: Lang, name: MenuName, params: MessageParams = {}): string {
  return renderMessage(CATALOGUE[language], `menu.${name}`, params);
}
