// The log report as one self-contained HTML page: tables rendered here, the timeline drawn in the page by
// the embedded uPlot. Its Content-Security-Policy allows nothing from outside the page, so viewing it
// (in a browser or the editor's webview) makes no request.
import * as path from 'node:path';
import { OUTCOMES, type LogReportData } from './logReport';
import type { ReportAssets } from './reportAssets';
import { OUTCOME_COLORS, TIMELINE_SCRIPT } from './timelineChart';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 14px; margin: 1.5em;
  color: var(--vscode-foreground, #1f2328); background: var(--vscode-editor-background, #fff); }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.8em; }
table { border-collapse: collapse; margin-top: .5em; } th, td { text-align: left; padding: .25em .7em; vertical-align: top; }
th { border-bottom: 1px solid rgba(128,128,128,.5); } tr:nth-child(even) td { background: rgba(128,128,128,.08); }
td.n { text-align: right; font-variant-numeric: tabular-nums; } code { font-family: var(--vscode-editor-font-family, monospace); }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em; vertical-align: -1px; }
.note { opacity: .8; max-width: 60em; } #timeline-chart { max-width: 1200px; }
.uplot, .uplot .u-legend { font-family: inherit; color: inherit; }
`;

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function outcome(o: keyof typeof OUTCOME_COLORS): string {
  return `<span class="swatch" style="background:${OUTCOME_COLORS[o]}"></span>${o}`;
}

/** Inline `<script>` text cannot contain `</script`: JSON escapes `<`, and code never has it but is guarded. */
function inlineScript(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script');
}

function summary(d: LogReportData): string {
  const counts = OUTCOMES.filter((o) => d.byOutcome[o] > 0).map((o) => `${outcome(o)} <b>${d.byOutcome[o]}</b>`);
  const files = d.files.map((f) => `<code>${esc(f)}</code>`).join(', ');
  const skipped = d.skipped.length > 0 ? `<p class="note">Skipped: ${d.skipped.map(esc).join('; ')}</p>` : '';
  return `<p>${plural(d.occurrences, 'code')} in ${files}${counts.length ? `: ${counts.join(' · ')}` : ''}</p>${skipped}`;
}

function timeline(d: LogReportData): string {
  const per = d.timeline.bucketMinutes === 1 ? 'minute' : `${d.timeline.bucketMinutes} minutes`;
  const untimed = d.untimed > 0 ? ` ${plural(d.untimed, 'code')} on lines that do not start with a timestamp are counted above but not drawn.` : '';
  if (d.timeline.t.length === 0) return `<h2>Timeline</h2><p class="note">No line with a code starts with a timestamp, so there is no timeline.${untimed}</p>`;
  return `<h2>Codes per ${per}, by outcome</h2><div id="timeline-chart"></div>
<p class="note">From each line's leading timestamp, in UTC (a time written without a zone is shown as written).${untimed}</p>`;
}

function topCodes(d: LogReportData): string {
  if (d.topCodes.length === 0) return '';
  const rows = d.topCodes.map((c) => `<tr><td><code>${esc(c.code)}</code></td><td>${esc(c.providerName)}</td><td>${esc(c.name)}</td><td>${outcome(c.outcome)}</td>`
    + `<td class="n">${c.count}</td><td>${esc(c.advice)}</td><td>${esc(c.meaning)}</td></tr>`);
  return `<h2>Top codes</h2><table><thead><tr><th>Code</th><th>Provider</th><th>Name</th><th>Outcome</th><th>Count</th><th>What to do</th><th>What it means</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function idChoice(d: LogReportData): string {
  const f = d.idField;
  const found = f.fields.slice(0, 6).map((x) => `<code>${esc(x.field)}</code> on ${plural(x.lines, 'line')}`).join(', ');
  const how = f.given !== undefined
    ? `A line's reference is its <code>${esc(f.given)}</code> field (<code>--id-field ${esc(f.given)}</code>).`
    : 'A line\'s reference is its first id-like field: a key named for a payment reference (<code>order</code>, <code>payout</code>, <code>partnerReferenceNo</code>, <code>payment_id</code>, <code>txnId</code>, <code>out_trade_no</code>, <code>merchant_uid</code>…), as <code>key=value</code> or JSON. Choose the field with <code>--id-field NAME</code>.';
  const where = `${f.linesWithId} of ${plural(f.linesWithCode, 'line')} with a code carry one${found ? `: ${found}` : ''}.`;
  const capped = f.capped ? ' Too many references to follow them all: the later ones were not.' : '';
  return `<p class="note">${how} ${where}${capped} A reference is listed when the last code seen for it is pending or unknown: it never reached success or failure in these logs.</p>`;
}

function stuck(d: LogReportData): string {
  const head = `<h2>Pending, never final</h2>${idChoice(d)}`;
  if (d.idField.linesWithId === 0) return head;
  if (d.stuck.length === 0) return `${head}<p>Every reference reached a final state.</p>`;
  const rows = d.stuck.map((s) => `<tr><td><code>${esc(s.field)}=${esc(s.id)}</code></td><td><code>${esc(s.code)}</code></td><td>${esc(s.providerName)}</td><td>${esc(s.name)}</td>`
    + `<td>${outcome(s.outcome)}</td><td>${s.at ? esc(s.at.replace('T', ' ').replace(/\.000Z$|Z$/, '')) : ''}</td><td><code>${esc(path.basename(s.file))}:${s.line}</code></td></tr>`);
  const more = d.stuckTotal > d.stuck.length ? `<p class="note">… and ${d.stuckTotal - d.stuck.length} more.</p>` : '';
  return `${head}<table><thead><tr><th>Reference</th><th>Last code</th><th>Provider</th><th>Name</th><th>Outcome</th><th>At (UTC)</th><th>Line</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>${more}`;
}

export function renderReportHtml(d: LogReportData, assets: ReportAssets, version: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PayCodes log report</title>
<style>${assets.uplotCss}${STYLE}</style>
</head><body>
<h1>Payment codes in ${plural(d.files.length, 'log file')}</h1>
${summary(d)}
${timeline(d)}
${topCodes(d)}
${stuck(d)}
<p class="note">Made by PayCodes ${esc(version)}. Chart drawn with uPlot (MIT license), embedded.</p>
<script type="application/json" id="paycodes-data">${JSON.stringify({ timeline: d.timeline }).replace(/</g, '\\u003c')}</script>
<script>${inlineScript(assets.uplotJs)}</script>
<script>${TIMELINE_SCRIPT}</script>
</body></html>
`;
}
