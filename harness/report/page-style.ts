/** The checklist page's stylesheet, inlined so the page is one file that opens offline. */
export const PAGE_CSS = `
:root { --pass: #1b5e20; --pass-bg: #e8f5e9; --fail: #b71c1c; --fail-bg: #ffebee; --skip: #6d4c00; --skip-bg: #fff8e1;
  --manual: #0d47a1; --manual-bg: #e3f2fd; --notrun: #424242; --notrun-bg: #f0f0f0; --line: #d0d0d0; --muted: #555; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 0; background: #fafafa; }
a { color: #0b57d0; }
a:focus-visible, summary:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { left: 8px; top: 8px; background: #fff; padding: 6px 10px; z-index: 2; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.banner { padding: 20px 28px 16px; color: #fff; }
header.banner.pass { background: var(--pass); } header.banner.fail { background: var(--fail); } header.banner.incomplete { background: #5d4037; }
.banner .word { font-size: 34px; font-weight: 800; letter-spacing: .02em; margin: 0; }
.banner h1 { font-size: 16px; font-weight: 600; margin: 2px 0 6px; opacity: .95; }
.banner .lede { font-size: 17px; margin: 0; }
.wrap { max-width: 1280px; margin: 0 auto; padding: 0 28px 40px; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 14px 0 4px; padding: 0; list-style: none; }
.counts li { border-radius: 6px; padding: 4px 10px; font-size: 14px; }
.counts li.zero { opacity: .45; }
dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 14px; margin: 12px 0; font-size: 14px;
  background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
dl.meta dt { font-weight: 600; color: var(--muted); } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
section.failed { border: 2px solid var(--fail); background: var(--fail-bg); border-radius: 8px; padding: 6px 16px 10px; margin: 16px 0; }
section.failed.none { border-color: var(--pass); background: var(--pass-bg); }
section.failed h2 { font-size: 18px; margin: 8px 0; }
section.failed ol { margin: 0; padding-left: 22px; } section.failed li { margin: 4px 0; }
section.unverified { border: 1px solid #c9a227; background: var(--skip-bg); border-radius: 8px; padding: 4px 16px 8px; margin: 12px 0; font-size: 14px; }
section.unverified h2 { font-size: 16px; margin: 6px 0; } section.unverified ul { margin: 0; padding-left: 22px; } section.unverified p { margin: 4px 0; }
.why { color: #333; }
nav.steps ul { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; margin: 14px 0; }
nav.steps a { display: inline-block; padding: 3px 10px; border: 1px solid var(--line); border-radius: 14px; background: #fff; text-decoration: none; }
nav.steps a.has-fail { border-color: var(--fail); color: var(--fail); font-weight: 600; }
main section.step { margin-top: 26px; }
main h2 { font-size: 20px; margin: 0 0 6px; } main h2 small { font-size: 13px; font-weight: 400; color: var(--muted); }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; table-layout: fixed; }
col.c-verdict { width: 118px; } col.c-item { width: 27%; } col.c-why { width: 22%; } col.c-measured { width: 18%; }
td, th { overflow-wrap: anywhere; }
th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
thead th { background: #eee; font-size: 13px; }
tbody th { font-weight: 400; }
td.verdict { width: 96px; white-space: nowrap; }
.badge { display: inline-block; min-width: 82px; padding: 2px 6px; border-radius: 4px; font-weight: 700; font-size: 13px; border: 1px solid; }
.badge.pass { color: var(--pass); background: var(--pass-bg); } .badge.fail { color: #fff; background: var(--fail); border-color: var(--fail); }
.badge.skip { color: var(--skip); background: var(--skip-bg); } .badge.manual { color: var(--manual); background: var(--manual-bg); }
.badge.not-run { color: var(--notrun); background: var(--notrun-bg); }
.badge.blocked { color: #fff; background: #8d4a00; border-color: #8d4a00; }
tr.v-blocked > * { background: #fff4e5; } tr.v-blocked > td.verdict { box-shadow: inset 5px 0 0 #8d4a00; }
tr.v-fail > * { background: var(--fail-bg); } tr.v-fail > td.verdict { box-shadow: inset 5px 0 0 var(--fail); }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--muted); }
ul.plain { list-style: none; margin: 0; padding: 0; } ul.plain li + li { margin-top: 3px; }
.layer { font-weight: 700; color: var(--fail); }
td.figures { background: #fcfcfc; }
figure { margin: 6px 0 10px; } figure svg { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
figcaption { font-size: 13px; color: #333; max-width: 860px; }
footer { margin-top: 30px; font-size: 13px; color: var(--muted); }
@media print { header.banner { color: #000; background: none !important; border-bottom: 4px solid; } nav.steps { display: none; } }
`;
