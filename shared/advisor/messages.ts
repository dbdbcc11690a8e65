import { WEEKDAYS, type Weekday } from '../domain/time';

/**
 * How the advisor's moves read (keys `advisor.move.*`, the keys describeMove returns), English and
 * French with identical keys and placeholders. They sit beside the advisor because the app, the plan
 * of action and the CLI read them; moveParams() turns describeMove's ids (service, weekday,
 * warehouse) into the words these messages expect.
 */
export const advisorMessagesEn: Readonly<Record<string, string>> = {
  'advisor.move.enableService': 'Add {{service}} at {{warehouse}} (pickups {{days}})',
  'advisor.move.disableService': 'Stop shipping {{service}} from {{warehouse}}',
  'advisor.move.addPickup': 'Add a {{day}} pickup of {{service}} at {{time}} ({{warehouse}})',
  'advisor.move.movePickup': 'Move the {{service}} pickup to {{time}}, {{days}} ({{warehouse}})',
  'advisor.move.setCutoff': 'Order cutoff at {{time}}, {{days}} ({{warehouse}})',
  'advisor.move.operateDay': 'Ship on {{day}}: cutoff {{cutoff}}, with {{services}} ({{warehouse}})',
  'advisor.move.operateDayWithPlan': 'Ship on {{day}} under a special operating plan: cutoff {{cutoff}}, with {{services}} ({{warehouse}})',
  'advisor.move.signSpecialPlan': 'Sign a special operating plan for a {{day}} {{service}} pickup at {{time}} ({{warehouse}})',
  'advisor.move.setCustomerCutoffLead': 'Show customers the cutoff {{minutes}} min before yours ({{warehouse}})',
  'advisor.move.setZoneCap': 'Offer {{service}} up to zone {{zone}} only ({{warehouse}})',
  'advisor.move.removeZoneCap': 'Offer {{service}} to every zone ({{warehouse}})',
  'advisor.move.addWarehouse': 'Open a warehouse at ZIP {{zip}} with the week of {{copyOf}}',
  'advisor.days.range': '{{from}} to {{to}}',
};

export const advisorMessagesFr: Readonly<Record<string, string>> = {
  'advisor.move.enableService': 'Ajouter {{service}} à {{warehouse}} (enlèvements {{days}})',
  'advisor.move.disableService': 'Ne plus expédier en {{service}} depuis {{warehouse}}',
  'advisor.move.addPickup': 'Ajouter un enlèvement {{service}} le {{day}} à {{time}} ({{warehouse}})',
  'advisor.move.movePickup': 'Déplacer l’enlèvement {{service}} à {{time}}, {{days}} ({{warehouse}})',
  'advisor.move.setCutoff': 'Heure limite de commande à {{time}}, {{days}} ({{warehouse}})',
  'advisor.move.operateDay': 'Expédier le {{day}} : heure limite {{cutoff}}, avec {{services}} ({{warehouse}})',
  'advisor.move.operateDayWithPlan': 'Expédier le {{day}} sous plan d’exploitation spécial : heure limite {{cutoff}}, avec {{services}} ({{warehouse}})',
  'advisor.move.signSpecialPlan': 'Signer un plan d’exploitation spécial pour un enlèvement {{service}} le {{day}} à {{time}} ({{warehouse}})',
  'advisor.move.setCustomerCutoffLead': 'Afficher aux clients l’heure limite {{minutes}} min avant la vôtre ({{warehouse}})',
  'advisor.move.setZoneCap': 'Proposer {{service}} jusqu’à la zone {{zone}} seulement ({{warehouse}})',
  'advisor.move.removeZoneCap': 'Proposer {{service}} dans toutes les zones ({{warehouse}})',
  'advisor.move.addWarehouse': 'Ouvrir un entrepôt au code postal {{zip}} avec la semaine de {{copyOf}}',
  'advisor.days.range': 'du {{from}} au {{to}}',
};

/** A translator: key + params -> text (i18next's t, or the report's translator). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const isWeekday = (d: string): d is Weekday => (WEEKDAYS as readonly string[]).includes(d);

/** "Monday to Friday" for three or more consecutive days, else the names one by one. */
function dayList(codes: string, tr: Translate): string {
  const days = codes.split(',').map((d) => d.trim()).filter(isWeekday);
  const names = days.map((d) => tr(`catalog.weekday.${d}`));
  const idx = days.map((d) => WEEKDAYS.indexOf(d));
  const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1);
  if (days.length >= 3 && consecutive) return tr('advisor.days.range', { from: names[0]!, to: names[names.length - 1]! });
  return names.join(', ');
}

/**
 * describeMove's params in words: service ids as service names, weekday codes as day names,
 * warehouse ids as the warehouse's name (via `warehouseName`, which may return the id itself).
 * @example moveParams({ service: 'ups-ground', day: 'sat', warehouse: 'wh-1' }, t, () => 'Reno')
 *   // { service: 'UPS Ground', day: 'Saturday', warehouse: 'Reno' }
 */
export function moveParams(params: Record<string, string | number>, tr: Translate, warehouseName: (id: string) => string): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string') continue;
    if (k === 'service') out[k] = tr(`catalog.service.${v}`);
    else if (k === 'services')
      out[k] = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => tr(`catalog.service.${s}`))
        .join(', ');
    else if (k === 'day' && isWeekday(v)) out[k] = tr(`catalog.weekday.${v}`);
    else if (k === 'days') out[k] = dayList(v, tr);
    else if (k === 'warehouse' || k === 'copyOf') out[k] = warehouseName(v);
  }
  return out;
}

/**
 * One move (describeMove's key and params) as text.
 * @example moveText(describeMove(m), t, (id) => settings.warehouses.find((w) => w.id === id)?.name ?? id)
 */
export function moveText(label: { key: string; params: Record<string, string | number> }, tr: Translate, warehouseName: (id: string) => string): string {
  return tr(label.key, moveParams(label.params, tr, warehouseName));
}
