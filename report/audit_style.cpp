#include "report/audit_style.hpp"

namespace cijfer {

// Colours keep a contrast of at least 4.5:1 against their background (WCAG AA); every
// colour also has a symbol or a word next to it, for readers who cannot tell colours apart
// and for black-and-white print.
std::string_view audit_stylesheet() {
    return R"css(
:root { color: #1a1a1a; background: #ffffff; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem; line-height: 1.4; font-size: 0.95rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #1f5f99; }
h3 { font-size: 1.12rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin-top: 1.4rem; }
a { color: #124a80; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-style: italic; padding: 0.2rem 0; }
th, td { border: 1px solid #b8b8b8; padding: 0.15rem 0.4rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef5; }
td.num { text-align: right; white-space: nowrap; }
td.num .v { font-variant-numeric: tabular-nums; }
.note { display: block; font-size: 0.78rem; white-space: normal; text-align: left; }
.note.passed { color: #1b5e20; }
.note.rounding { color: #6d4c00; }
.note.failed { color: #8e1116; font-weight: bold; }
.note.settled { color: #4a4a4a; }
.note small, code.rule { font-family: "DejaVu Sans Mono", monospace; font-size: 0.72rem; color: #4a4a4a; font-weight: normal; }
td.failed, tr.failed th, td.involved { background: #fbe3e4; }
td.failed { outline: 2px solid #a4161a; outline-offset: -2px; }
td.rounding { background: #fff3d1; }
tbody th { font-weight: normal; }
tbody th.depth0 { font-weight: bold; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #1a1a1a; }
tr.total td.row-findings { font-weight: normal; }
tr.heading th { font-style: italic; }
th.depth1 { padding-left: 1.2rem; } th.depth2 { padding-left: 2.2rem; } th.depth3 { padding-left: 3.2rem; }
th.depth4 { padding-left: 4.2rem; }
td.row-findings { font-size: 0.8rem; max-width: 22rem; }
.sev { font-weight: bold; text-transform: uppercase; font-size: 0.75rem; }
.sev.error { color: #8e1116; } .sev.warning { color: #6d4c00; } .sev.info { color: #124a80; }
table.facts th { background: #f3f3f3; font-weight: normal; }
td.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 0.75rem; word-break: break-all; }
table.findings td, table.checks td { font-size: 0.85rem; }
tr.finding.error td:first-child { border-left: 4px solid #a4161a; }
tr.finding.warning td:first-child { border-left: 4px solid #b7791f; }
tr.finding.info td:first-child { border-left: 4px solid #1f5f99; }
figure.chart { margin: 0.5rem 0; }
figure.chart svg { width: 100%; max-width: 36rem; height: auto; display: block; }
figcaption { font-size: 0.85rem; }
figcaption ul { margin: 0.2rem 0; padding-left: 1.2rem; }
blockquote { margin: 0.3rem 0 0.3rem 1rem; padding-left: 0.8rem; border-left: 3px solid #b8b8b8; }
mark { background: #dcebfa; color: #1a1a1a; padding: 0 0.15rem; font-weight: bold; }
mark.failed { background: #fbe3e4; outline: 1px solid #a4161a; }
.statement { margin-bottom: 1rem; }
ul.recomputed { margin: 0.2rem 0; }
li.passed::marker, li.rounding::marker, li.failed::marker, li.settled::marker { content: ""; }
.legend, .intro { max-width: 48rem; }
footer { margin-top: 2rem; font-size: 0.8rem; color: #4a4a4a; border-top: 1px solid #b8b8b8; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { font-size: 9pt; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; }
  tr, figure, .statement { break-inside: avoid; }
  thead { display: table-header-group; }
  td.failed, td.involved, td.rounding, mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)css";
}

}  // namespace cijfer
