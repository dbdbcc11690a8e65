/**
 * Message params from the engine carry dates as ISO strings ('2026-06-13', '2026-06-12T15:30') so
 * they stay language-neutral; on screen they read as the user's language writes dates.
 * @example localiseParams({ date: '2026-06-13' }, 'fr') // { date: 'sam. 13 juin 2026' }
 */
export function localiseParams(
  params: Record<string, string | number>,
  language: string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' ? localiseValue(v, language) : v;
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** One formatter per language and kind, built on first use: building one per value made long lists slow. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${kind}|${language}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === 'date'
        ? new Intl.DateTimeFormat(language, {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            timeZone: 'UTC',
          })
        : new Intl.DateTimeFormat(language, {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
            timeZone: 'UTC',
          });
    formatters.set(key, f);
  }
  return f;
}

function localiseValue(v: string, language: string): string {
  // The values are wall-clock dates and times, so they are formatted as UTC to keep them unshifted.
  if (DATE.test(v)) return formatter(language, 'date').format(new Date(`${v}T00:00:00Z`));
  if (DATE_TIME.test(v)) return formatter(language, 'dateTime').format(new Date(`${v}:00Z`));
  return v;
}
