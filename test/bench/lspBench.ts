// Benchmark 2: the language server through the protocol — the bundled server over stdio, driven by a
// JSON-RPC client as an editor would: start-up, hover on a 20,000-line file, diagnostics after one-character
// edits in a 5,000-line file of switches, and a 50 MB log opened (first diagnostics, memory, the requests an
// editor sends for a log: hover, inlay hints for the viewport, the Outline).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionList, DocumentSymbol, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { BenchClient, probeArgs, type ProbeReply } from './benchClient';
import { fmt, loadCatalogEntries, log, median, percentile, table, verdict, type BenchContext, type BenchResult, type Target } from './common';
import { ensureLog } from './genLog';
import { hoverFile, switchFile } from './genSource';
import { phases, profileIn, profileMarkdown } from './profileRun';

const HOVERS = 1000;
const EDITS = 200;
const STARTS = 5;
const LOG_HOVERS = 100;
const COMPLETIONS = 200;

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] };
}

function statsRow(what: string, s: Stats, extra = ''): (string | number)[] {
  return [what, s.n, fmt.ms(s.p50), fmt.ms(s.p95), fmt.ms(s.p99), fmt.ms(s.max), extra];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface SourceSession {
  openHoverMs: number;
  hovers: number[];
  hoverMisses: number;
  openSwitchMs: number;
  switchDiagnostics: number;
  edits: number[];
  /** The same, typing a line break and deleting it: every switch below moves. */
  lineEdits: number[];
  /** A case label typed (`case "":` inserted above a label), then completion asked in its quotes. */
  completions: number[];
  /** Completions that offered nothing. */
  completionMisses: number;
  /** In an existing label, nothing else under way. */
  settledCompletions: number[];
  rss: number;
  hwm: number;
}

/**
 * Hovers over the 20,000-line file, then edits in the 5,000-line one; with `profileDir`, under --cpu-prof,
 * and then only the `only` part, so that its profile is its own.
 */
async function sourceSession(ctx: BenchContext, dir: string, profileDir?: string, only?: 'hover' | 'edit'): Promise<SourceSession> {
  const entries = loadCatalogEntries();
  const { client } = await BenchClient.start(ctx.serverJs, profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []);
  try {
    // Settings arriving later would make the server re-analyse every open document mid-measurement.
    await Promise.race([client.configured, sleep(2000)]);
    const hover = hoverFile(entries, 20_000);
    const hoverPath = path.join(dir, 'GatewayCodes.java');
    fs.writeFileSync(hoverPath, hover.text);
    const hoverUri = pathToFileURL(hoverPath).toString();
    let t = performance.now();
    let openHoverMs = NaN;
    if (only !== 'edit') {
      const opened = client.nextDiagnostics(hoverUri);
      await client.open(hoverUri, 'java', hover.text);
      openHoverMs = (await opened).at - t;
    }

    const hovers: number[] = [];
    let hoverMisses = 0;
    const step = hover.codePositions.length / HOVERS;
    for (let i = 0; i < (only === 'edit' ? 0 : HOVERS); i++) {
      const p = hover.codePositions[Math.floor(i * step)];
      t = performance.now();
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: hoverUri }, position: { line: p.line, character: p.character } });
      hovers.push(performance.now() - t);
      if (!h) hoverMisses++;
    }

    if (only === 'hover') return { openHoverMs, hovers, hoverMisses, openSwitchMs: NaN, switchDiagnostics: 0, edits: [], lineEdits: [], completions: [], completionMisses: 0, settledCompletions: [], rss: 0, hwm: 0 };
    const sw = switchFile(entries, 5_000);
    const swPath = path.join(dir, 'ResultHandlers.java');
    fs.writeFileSync(swPath, sw.text);
    const swUri = pathToFileURL(swPath).toString();
    t = performance.now();
    const first = client.nextDiagnostics(swUri);
    await client.open(swUri, 'java', sw.text);
    const firstDiag = await first;
    const openSwitchMs = firstDiag.at - t;

    let version = 1;
    /** Types `typed` at column 16 of a switch arm, then deletes it: the file returns to where it was every two edits. */
    const timeEdits = async (typed: string): Promise<number[]> => {
      const took: number[] = [];
      for (let k = 0; k < EDITS; k++) {
        const v = ++version;
        const line = sw.editLines[(Math.floor(k / 2) * 37) % sw.editLines.length];
        const at = { line, character: 16 };
        const after = typed === '\n' ? { line: line + 1, character: 0 } : { line, character: 16 + typed.length };
        const range = k % 2 === 0 ? { start: at, end: at } : { start: at, end: after };
        const published = client.nextDiagnostics(swUri, (p) => p.version === v, 30_000);
        t = performance.now();
        await client.edit(swUri, v, range, k % 2 === 0 ? typed : '');
        took.push((await published).at - t);
      }
      return took;
    };
    const edits = await timeEdits(' ');
    const lineEdits = await timeEdits('\n');

    // The label is typed, and the editor asks for completion right away: the request waits for the new version's analysis.
    const labelLines = sw.text.split('\n').flatMap((l, i) => (/^ {12}case "/.test(l) ? [i] : []));
    const completions: number[] = [];
    let completionMisses = 0;
    for (let k = 0; k < COMPLETIONS; k++) {
      const line = labelLines[(k * 37) % labelLines.length];
      const start = { line, character: 0 };
      const typed = '            case "":\n';
      const v = ++version;
      await client.edit(swUri, v, { start, end: start }, typed);
      t = performance.now();
      const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: swUri }, position: { line, character: 18 } });
      completions.push(performance.now() - t);
      if (!list?.items.length) completionMisses++;
      const restored = ++version;
      const published = client.nextDiagnostics(swUri, (p) => p.version === restored, 30_000);
      await client.edit(swUri, restored, { start, end: { line: line + 1, character: 0 } }, '');
      await published;
    }
    // The same request with no edit being analysed meanwhile: the completion's own cost.
    const settled: number[] = [];
    for (let k = 0; k < COMPLETIONS; k++) {
      const line = labelLines[(k * 37) % labelLines.length];
      t = performance.now();
      await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: swUri }, position: { line, character: 18 } });
      settled.push(performance.now() - t);
    }
    const mem = client.memory();
    return {
      settledCompletions: settled,
      openHoverMs, hovers, hoverMisses, openSwitchMs, switchDiagnostics: firstDiag.params.diagnostics.length, edits, lineEdits, completions, completionMisses,
      rss: mem.rss, hwm: mem.hwm,
    };
  } finally {
    await client.stop();
  }
}

interface LogSession {
  firstDiagnosticsMs: number;
  rssOpen: number;
  hwmOpen: number;
  hovers: number[];
  hoverHits: number;
  inlayMs: number;
  inlayHints: number;
  outlineMs: number;
  outlineSymbols: number;
  rssAfter: number;
  hwmAfter: number;
  /** The server's own view of its memory, and after a forced full GC (memProbe.ts). */
  openProbe?: ProbeReply;
  afterProbe?: ProbeReply;
}

/** `heap 40 MB, external 2 MB; RSS after a full GC 120 MB`: what is held, and what was garbage. */
function probeNote(p: ProbeReply | undefined): string {
  if (!p) return '';
  return `heap used ${fmt.mb(p.before.heapUsed)}, external ${fmt.mb(p.before.external)}; after a forced full GC: RSS ${fmt.mb(p.after.rss)}, heap used ${fmt.mb(p.after.heapUsed)}`;
}

/** Code positions in log lines: where a user hovers. */
function logCodePositions(text: string, want: number): { line: number; character: number }[] {
  const found: { line: number; character: number }[] = [];
  const pattern = /responseCode=(\d{7})|"resultCode":"([A-Z_]+)"|errorCode=(\d{7})/;
  let line = 0;
  for (let from = 0; from < text.length && found.length < want * 20; line++) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const m = pattern.exec(text.slice(from, end));
    if (m) found.push({ line, character: m.index + m[0].length - 3 });
    from = end + 1;
  }
  const step = found.length / want;
  return Array.from({ length: Math.min(want, found.length) }, (_, i) => found[Math.floor(i * step)]);
}

/** Above `paycodes.maxFileSize` (default 20 MB) a document is held but not analysed: no hovers, hints or Outline. */
const RAISED_SETTINGS = { maxFileSize: 128 * 2 ** 20 };

async function logSession(ctx: BenchContext, logFile: string, settings: unknown, profileDir?: string): Promise<LogSession> {
  const text = fs.readFileSync(logFile, 'utf8');
  const uri = pathToFileURL(logFile).toString();
  const { client } = await BenchClient.start(ctx.serverJs, [...probeArgs(), ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])], settings);
  try {
    await Promise.race([client.configured, sleep(2000)]);
    let t = performance.now();
    const opened = client.nextDiagnostics(uri);
    await client.open(uri, 'log', text);
    const firstDiagnosticsMs = (await opened).at - t;
    await sleep(1000);
    const open = client.memory();
    const openProbe = await client.probeMemory();
    const hovers: number[] = [];
    let hoverHits = 0;
    for (const p of logCodePositions(text, LOG_HOVERS)) {
      t = performance.now();
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: p });
      hovers.push(performance.now() - t);
      if (h) hoverHits++;
    }
    t = performance.now();
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } });
    const inlayMs = performance.now() - t;
    t = performance.now();
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const outlineMs = performance.now() - t;
    const after = client.memory();
    const afterProbe = await client.probeMemory();
    return {
      openProbe, afterProbe,
      firstDiagnosticsMs, rssOpen: open.rss, hwmOpen: open.hwm, hovers, hoverHits, inlayMs, inlayHints: hints?.length ?? 0,
      outlineMs, outlineSymbols: symbols?.length ?? 0, rssAfter: after.rss, hwmAfter: after.hwm,
    };
  } finally {
    await client.stop();
  }
}

function firstDiagnostics(label: string, l: LogSession): Target {
  return {
    what: `first diagnostics after didOpen of a 50 MB log (${label})`, target: '< 1 s', measured: fmt.ms(l.firstDiagnosticsMs),
    verdict: verdict(l.firstDiagnosticsMs < 1000),
  };
}

function logRows(label: string, l: LogSession): (string | number)[][] {
  const hover = stats(l.hovers.length ? l.hovers : [NaN]);
  return [
    [`didOpen 50 MB log → first diagnostics (${label})`, 1, fmt.ms(l.firstDiagnosticsMs), '', '', '', `RSS with it open ${fmt.mb(l.rssOpen)} (peak ${fmt.mb(l.hwmOpen)}); ${probeNote(l.openProbe)}`],
    statsRow(`hover, 50 MB log (${label})`, hover, `${l.hoverHits} of ${l.hovers.length} found a code`),
    [`inlay hints, lines 1–60 (${label})`, 1, fmt.ms(l.inlayMs), '', '', '', `${l.inlayHints} hints`],
    [`document symbols / Outline (${label})`, 1, fmt.ms(l.outlineMs), '', '', '', `${l.outlineSymbols} codes; RSS after ${fmt.mb(l.rssAfter)} (peak ${fmt.mb(l.hwmAfter)}); ${probeNote(l.afterProbe)}`],
  ];
}

/** A process spinning on one core until killed. */
function busyCore(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

export async function lspBench(ctx: BenchContext): Promise<BenchResult> {
  const dir = path.join(ctx.dataDir, 'lsp');
  fs.mkdirSync(dir, { recursive: true });

  log('lsp: start to ready');
  const starts: number[] = [];
  const startRss: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const { client, readyMs } = await BenchClient.start(ctx.serverJs);
    starts.push(readyMs);
    startRss.push(client.memory().rss);
    await client.stop();
  }

  const logFile = path.join(ctx.dataDir, 'logs', 'app-50MB.log');
  ensureLog(logFile, 50 * 2 ** 20, loadCatalogEntries());
  // The latencies are measured while another process keeps one core busy, as a build or a test run would.
  const busy = busyCore();
  let src: Awaited<ReturnType<typeof sourceSession>>;
  let lg: LogSession;
  let lgOn: LogSession;
  try {
    log('lsp: hover on a 20,000-line file, then one-character edits in a 5,000-line file (one core kept busy)');
    src = await sourceSession(ctx, dir);
    log('lsp: a 50 MB log, default settings');
    lg = await logSession(ctx, logFile, null);
    log('lsp: a 50 MB log, paycodes.maxFileSize raised so that it is analysed');
    lgOn = await logSession(ctx, logFile, RAISED_SETTINGS);
  } finally {
    busy.kill();
  }

  const hover = stats(src.hovers);
  const edit = stats(src.edits);
  const completion = stats(src.completions);
  const start = stats(starts);
  const rows = [
    statsRow('server start → InitializeResult', start, `RSS when ready ${fmt.mb(median(startRss))}`),
    statsRow('hover, 20,000-line Java file', hover, `${src.hoverMisses} of ${hover.n} empty; didOpen → first diagnostics ${fmt.ms(src.openHoverMs)}`),
    statsRow('didChange (1 char in a switch) → diagnostics, 5,000-line Java file', edit, `${src.switchDiagnostics} diagnostics; didOpen → first diagnostics ${fmt.ms(src.openSwitchMs)}`),
    statsRow('didChange (a line break in a switch) → diagnostics, same file', stats(src.lineEdits), 'every switch below the edit moves'),
    statsRow('completion in a case label just typed, same file', completion, `${src.completionMisses} of ${completion.n} empty; asked right after the label is typed, while the diagnostics analyse that edit`),
    statsRow('completion in an existing case label, same file, nothing else running', stats(src.settledCompletions), 'the request alone'),
    ...logRows('default settings: not analysed', lg),
    ...logRows('maxFileSize 128 MB: analysed', lgOn),
  ];
  const targets: Target[] = [
    { what: 'hover p99, 20,000-line file', target: '< 5 ms', measured: fmt.ms(hover.p99), verdict: verdict(hover.p99 < 5) },
    { what: 'diagnostics after a 1-char edit p95, 5,000-line file', target: '< 30 ms', measured: fmt.ms(edit.p95), verdict: verdict(edit.p95 < 30) },
    { what: 'completion in a case label p95, 5,000-line file', target: '< 20 ms', measured: fmt.ms(completion.p95), verdict: verdict(completion.p95 < 20 && src.completionMisses === 0) },
    firstDiagnostics('default settings', lg),
    firstDiagnostics('maxFileSize raised', lgOn),
    { what: 'server start to ready (median of 5)', target: '< 300 ms', measured: fmt.ms(start.p50), verdict: verdict(start.p50 < 300) },
    {
      what: 'server RSS with the 50 MB log open (default settings)', target: '< 200 MB', measured: `${fmt.mb(lg.rssOpen)} (peak ${fmt.mb(lg.hwmOpen)})`,
      verdict: verdict(lg.rssOpen < 200 * 2 ** 20), note: lg.rssOpen < 200 * 2 ** 20 ? undefined : probeNote(lg.openProbe),
    },
    {
      what: 'server RSS with the 50 MB log open and analysed, after hovers, hints, Outline', target: '< 200 MB', measured: `${fmt.mb(lgOn.rssAfter)} (peak ${fmt.mb(lgOn.hwmAfter)})`,
      verdict: verdict(lgOn.rssAfter < 200 * 2 ** 20), note: lgOn.rssAfter < 200 * 2 ** 20 ? undefined : probeNote(lgOn.afterProbe),
    },
    // Last, so that the targets above keep the places the profile notes below refer to.
    { what: 'Outline of the 50 MB log (analysed)', target: '< 1 s', measured: fmt.ms(lgOn.outlineMs), verdict: verdict(lgOn.outlineMs < 1000) },
  ];
  let body = [
    'Round trips measured in the client: request sent → response received; didChange sent → publishDiagnostics for that version received. ' +
      'Hovers, edits and the log sessions run while a busy loop in another process keeps one core busy (server starts do not).',
    '',
    table(['measure', 'n', 'p50', 'p95', 'p99', 'max', 'notes'], rows),
  ].join('\n');

  if (ctx.profile) {
    const profiles = path.join(ctx.dataDir, 'profiles');
    const dirs = {
      start: path.join(profiles, 'lsp-start'), hover: path.join(profiles, 'lsp-hover'), edit: path.join(profiles, 'lsp-edit'), log: path.join(profiles, 'lsp-log'),
    };
    for (const d of Object.values(dirs)) {
      fs.rmSync(d, { recursive: true, force: true });
      fs.mkdirSync(d, { recursive: true });
    }
    log('lsp: profiling start-up, hovers, edits and the log session, each in a server of its own');
    const { client } = await BenchClient.start(ctx.serverJs, ['--cpu-prof', '--cpu-prof-dir', dirs.start]);
    await client.stop();
    await sourceSession(ctx, dir, dirs.hover, 'hover');
    await sourceSession(ctx, dir, dirs.edit, 'edit');
    await logSession(ctx, logFile, RAISED_SETTINGS, dirs.log);
    const sections: [string, string][] = [
      ['the server: start → initialize → exit', dirs.start],
      ['the server: open the 20,000-line file + 1,000 hovers', dirs.hover],
      ['the server: open the 5,000-line file, then 200 one-character edits and 200 line breaks', dirs.edit],
      ['the server: 50 MB log open (maxFileSize raised), hovers, inlay hints, Outline', dirs.log],
    ];
    for (const [title, d] of sections) {
      const f = profileIn(d);
      if (f) body += '\n\n' + profileMarkdown(title, f);
    }
    // The hover profile includes opening (parsing) the file; the hovers' own share is what these name.
    if (targets[0].verdict === 'NOT met') targets[0].note = phases(profileIn(dirs.hover), ['hover', 'codeAt', 'renderEntries', 'documentLines', 'encode', '(garbage collector)']);
    if (targets[1].verdict === 'NOT met') {
      targets[1].note = phases(profileIn(dirs.edit), ['parseWithinLimits', 'diffEdit', 'extractSwitches', 'analyze', 'commentBefore', 'capped', 'encode', '(garbage collector)']);
    }
    if (targets[5].verdict === 'NOT met') {
      targets[5].note = phases(profileIn(dirs.start), ['executeUserEntryPoint', 'bundledCatalogSet', 'loadBundledCatalogs', 'parseJson', 'CodeIndex', '(garbage collector)']);
    }
  }
  return { title: 'Language server latency through the protocol (benchmark 2)', body, targets };
}
