/**
 * Names an attacker can put in a settings file, and independent checks that an export shows them
 * as text: Markdown rendered by a permissive renderer (marked keeps raw HTML and javascript: links),
 * CSV read back with each locale's separator, HTML scanned for active tags and attributes, terminal
 * output scanned for control characters. The checks know nothing of the escaping code they judge.
 */
import { marked } from 'marked';

/** One payload per way a name can turn into something other than text. */
export const HOSTILE_NAMES: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '[click me](javascript:alert(1))',
  '<javascript:alert(1)>',
  '![x](https://evil.example/x.png) **bold** _em_ `code`',
  '# heading | table | ~~gone~~',
  '&lt;script&gt; &#60;b&#62;',
  "=cmd|' /C calc'!A0;=1+1\t@SUM(A1)",
  'Lyon;=HYPERLINK("https://evil.example","ok")',
  ' \t+1+1',
  '-2+3 warehouse',
  '\u001b[2J\u001b]0;owned\u0007\u001b[31mred',
  'Dock \u009b31m C1',
  '\u202Egnp.exe (RLO)',
  '\u2066isolate\u2069 \u200Fmark',
];

const ALLOWED_MARKDOWN_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'strong', 'em', 'ul', 'li', 'hr', 'br']);

/** The text of rendered HTML: tags dropped, entities decoded, blanks collapsed. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos|#39);/gi, (_m, e: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .replace(/\s+/g, ' ');
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Renders `markdown` and says whether `payload` came out as literal text: no tag outside the few the
 * plan document uses itself (so no img, script, a, code, del, table…), and the payload's text shown.
 */
export function markdownVerdict(
  markdown: string,
  payload: string,
): { escaped: boolean; shown: boolean; foreignTags: string[] } {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const foreignTags = [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((t) => !ALLOWED_MARKDOWN_TAGS.has(t));
  const shown = htmlText(html).includes(collapse(payload));
  return { escaped: foreignTags.length === 0, shown, foreignTags };
}

/** RFC 4180 reading with a given separator, as a spreadsheet set to that locale reads the file. */
export function readCsv(text: string, separator: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      // Spreadsheets end a record at CRLF, and at a lone CR or LF too.
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (c === '\r' && body[i + 1] === '\n') i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** A cell a spreadsheet would evaluate: a formula character first once blanks are skipped, and not a plain number. */
export function isLiveFormula(cell: string): boolean {
  return /^[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(cell) && !/^\s*[+-]?\d+(\.\d+)?(e[+-]?\d+)?\s*$/i.test(cell);
}

/**
 * Reads a CSV export with the comma, the semicolon (French, German Excel) and the tab, and returns
 * every cell that would run as a formula under any of them.
 */
export function liveFormulaCells(csv: string): string[] {
  return [',', ';', '\t'].flatMap((sep) =>
    readCsv(csv, sep)
      .flat()
      .filter(isLiveFormula)
      .map((c) => `${JSON.stringify(sep)}: ${c}`),
  );
}

/**
 * Tags and attributes in an HTML document that would run or load something a name could have
 * brought in: script, img, iframe, object, embed, a link, an on* handler, a javascript: URL.
 */
export function activeHtml(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/gi)) {
    const tag = m[1]!.toLowerCase();
    const attrs = m[2]!;
    if (
      ['script', 'img', 'iframe', 'object', 'embed', 'a', 'base', 'link', 'form', 'meta'].includes(tag) &&
      !(tag === 'meta' && /^\s+(charset|http-equiv="Content-Security-Policy")/i.test(attrs))
    )
      found.push(`<${tag}${attrs}>`);
    if (/\son[a-z]+\s*=/i.test(attrs) || /javascript:/i.test(attrs)) found.push(`<${tag}${attrs}>`);
  }
  return found;
}

/** Whether the HTML document shows `payload` as text (entities decoded). */
export function htmlShows(html: string, payload: string): boolean {
  return htmlText(html).includes(collapse(payload));
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Whether text printed on a terminal holds a character the terminal acts on (C0 but LF/tab, DEL, C1, bidi). */
export function actsOnTerminal(text: string): boolean {
  return TERMINAL_ACTIVE.test(text);
}
