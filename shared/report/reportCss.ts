/**
 * Print stylesheet shared by the settings report and the plan of action. Sized for both Letter and
 * A4 (the page size is chosen at print time; 15 mm margins fit either), 9.5 pt body text, tables
 * that repeat their header on each page and never split a row, and figures kept whole. Status is
 * never shown by colour alone: every badge carries its word.
 */
export const REPORT_CSS = `
@page { margin: 15mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 9.5pt/1.4 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; color: #111; background: #fff; }
main { max-width: 190mm; margin: 0 auto; }
h1 { font-size: 22pt; margin: 0 0 4pt; line-height: 1.15; }
h2 { font-size: 14pt; margin: 16pt 0 6pt; padding-bottom: 3pt; border-bottom: 1.5pt solid #08519c; color: #08306b; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 3pt 0 6pt; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8.5pt; color: #555; margin: 0; }
.scenario { font-size: 13pt; margin: 0 0 8pt; }
.muted { color: #555; }
.note { color: #333; font-size: 8.5pt; }
.path, .url { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 7.5pt; word-break: break-all; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 6pt 0 10pt; }
dl.meta dt { font-weight: 700; }
dl.meta dd { margin: 0; }
.verdict { border: 1.5pt solid; border-radius: 4pt; padding: 6pt 10pt; margin: 8pt 0 4pt; break-inside: avoid; }
.verdict.pass { border-color: #1b7f3a; background: #eef8f0; }
.verdict.atRisk { border-color: #b26a00; background: #fff6e5; }
.verdict.fail { border-color: #b00020; background: #fdecee; }
.verdict strong { font-size: 11.5pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 8.5pt; }
caption { text-align: left; font-weight: 700; padding-bottom: 3pt; caption-side: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #bbb; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
thead th { background: #e8eef6; }
tbody th { font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
tr.off td, tr.off th { color: #666; background: #f5f5f5; }
.badge { display: inline-block; padding: 0 4pt; border-radius: 3pt; font-weight: 700; font-size: 8pt; border: 0.6pt solid; white-space: nowrap; }
.badge.pass { color: #1b5e20; border-color: #1b7f3a; background: #eef8f0; }
.badge.atRisk { color: #7a4a00; border-color: #b26a00; background: #fff6e5; }
.badge.fail { color: #8c0019; border-color: #b00020; background: #fdecee; }
.badge.sev-error { color: #8c0019; border-color: #b00020; }
.badge.sev-warning { color: #7a4a00; border-color: #b26a00; }
.badge.sev-info { color: #08306b; border-color: #08519c; }
.fail-text { color: #8c0019; }
.ok { color: #1b5e20; font-weight: 600; }
.warehouse h3 { break-after: avoid; }
/* Fixed layouts so the widest tables never run past the right margin on Letter or A4. */
table.transit { table-layout: fixed; }
table.transit th:first-child { width: 21%; }
table.transit th:last-child { width: 13%; }
table.transit td:last-child { font-size: 7.5pt; }
table.transit thead th { font-size: 7.5pt; white-space: normal; }
ul { margin: 3pt 0 8pt; padding-left: 14pt; }
li { margin: 1pt 0; }
ul.columns { columns: 2; column-gap: 14pt; font-size: 8.5pt; }
ul.columns li { break-inside: avoid; }
.two-col { display: flex; gap: 8pt; align-items: flex-start; }
.two-col table { flex: 1 1 0; min-width: 0; font-size: 7.5pt; table-layout: fixed; }
.two-col table th:first-child { width: 32%; }
.two-col th, .two-col td { padding: 2pt 3pt; }
.two-col thead th { white-space: normal; }
/* Keeps a lone table (the remote regions' states) at the width of one column of the pair. */
.two-col .col-spacer { flex: 1 1 0; }
.page-break { break-before: page; }
figure { margin: 6pt 0 12pt; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 8.5pt; color: #333; margin-top: 3pt; }
footer { max-width: 190mm; margin: 14pt auto 0; border-top: 0.6pt solid #bbb; font-size: 8pt; color: #555; }
/* Sections may break across pages (a long root cause would otherwise leave half-empty pages); headings stay with their text. */
.plan-section { margin-bottom: 10pt; }
.plan-text { white-space: pre-wrap; }
@media screen { body { padding: 16px; } }
`;
