import type { Texts } from '../texts';

/** English texts of the help owner; each other language's help.ts has exactly these keys. */
export const help = {
  'help.whatIs': 'What is “{{term}}”?',
  'help.primeSwitch.term': 'Prime switch',
  'help.primeSwitch.text':
    'On: this carrier service carries your Prime orders, so ShipWeek uses it for promises, coverage and every check.\nOff: the service and its times stay in the plan, but no Prime promise uses it — handy to try a plan without it. The switch lives in ShipWeek only; nothing is sent to Amazon.',
  'help.zoneCap.term': 'Zone cap',
  'help.zoneCap.text':
    'The farthest carrier zone this service is used for. Zones are counted from your warehouse: zone 1 is within about 50 miles, zone 8 more than 1,800 miles. With “Zones 1–5”, customers in zones 6–8 get their promise from another service, or none.\nAmazon’s Shipping Region Automation offers the same limit (for example UPS Ground up to zone 8). Careful: a state that no service reaches counts against nationwide coverage (48 states + DC).',
  'help.specialPlan.term': 'Special operating plan',
  'help.specialPlan.short': 'Weekend plan',
  'help.specialPlan.text':
    'Amazon’s SFP carrier matrix marks some Saturday and Sunday pickups and drop-offs as “Limited”: the carrier does them only under a special operating plan you agree with it. Tick the day when you have that agreement; without it, ShipWeek does not count that weekend handover.\nLabels for those shipments cannot be bought through Buy Shipping, so they are outside Buy Shipping and exempt from its requirement.',
  'help.outsideBuyShipping.term': 'Outside Buy Shipping',
  'help.outsideBuyShipping.text':
    'Buy Shipping is where you buy carrier labels in Seller Central. SFP asks that at least 99 % of your Prime orders use Buy Shipping labels.\nWeekend shipments under a special operating plan cannot be bought there: they are “outside Buy Shipping” and exempt from that 99 %. Amazon then judges their delivery itself (an older Amazon page asks for 97 % on time). This figure is the share of page views whose promise relies on such labels.',
  'help.timeZone.term': 'Time zone',
  'help.timeZone.text':
    'The clock your warehouse works by: order cutoffs, pickups, drop-offs and holidays are read in it, and so are Amazon’s cutoff rules (14:00 or later on weekdays, 10:30 at weekends, local time).\nShipWeek fills it in from the ZIP code and stores its standard (IANA) name, such as America/Los_Angeles for Pacific Time, which knows every daylight-saving change. Change it only if the warehouse runs on another clock.',
  'help.engineTime.term': 'Engine time',
  'help.engineTime.text':
    'How long this computer took to recompute every figure on this page after your last change: the whole week, hour by hour, for every ZIP3 area and size tier.\nIt tells you how fast ShipWeek answers; it is not a figure Amazon looks at.',
  'zipHint.city': '{{city}}, {{state}}',
  'zipHint.state': 'In {{state}}',
  'zipHint.prefixCity': 'ZIP3 {{zip3}} · around {{city}}, {{state}}',
  'zipHint.prefix': 'ZIP3 {{zip3}} · {{state}}',
} satisfies Texts;
