// What a person must see in the editor, shared by both routes: the UI checks in code-server
// (test/editor/ui) and the extension-host suite (test/editor/suite, @vscode/test-electron style).
// Paths are relative to the fixture workspace test/fixtures/workspace/.

export const EXTENSION_ID = 'paycodes.paycodes';

export const LOOK_UP = {
  command: 'paycodes.lookUpCode',
  /** as the command palette lists it: "<category>: <title>" */
  paletteTitle: 'PayCodes: Look Up Payment Code…',
  /** a code typed into its quick pick, and the row that must then be listed */
  query: '4034314',
  /** the notification shown with the picked code's explanation */
  pickedNotice: '4034314 — Insufficient Funds',
};

export interface HoverExpectation {
  /** short name, used for the check's title and its screenshot */
  id: string;
  file: string;
  /** text of the line the code is on (picks the occurrence) */
  line: string;
  word: string;
  provider: string;
  name: string;
  /** the outcome word: success / pending / failure / unknown */
  outcome: 'success' | 'pending' | 'failure' | 'unknown';
  /** the retry advice's label: Retry / Poll / Retry later / Do not retry */
  retry: 'Retry' | 'Poll' | 'Retry later' | 'Do not retry';
}

export const JAVA_FILE = 'src/main/java/com/example/payments/GatewayResponseHandler.java';
export const LOG_FILE = 'logs/gateway.log';
export const KOTLIN_FILE = 'src/main/kotlin/com/example/payments/CardAuthorisation.kt';

export const HOVERS: HoverExpectation[] = [
  {
    id: 'java-doku-4034314',
    file: JAVA_FILE,
    line: 'case "4034314":',
    word: '4034314',
    provider: 'DOKU',
    name: 'Insufficient Funds',
    outcome: 'failure',
    retry: 'Do not retry',
  },
  {
    id: 'java-alipayplus-SYSTEM_BUSY',
    file: JAVA_FILE,
    line: 'if ("SYSTEM_BUSY".equals',
    word: 'SYSTEM_BUSY',
    provider: 'Alipay+',
    name: 'SYSTEM_BUSY',
    outcome: 'unknown',
    retry: 'Retry',
  },
  {
    id: 'log-doku-4034314',
    file: LOG_FILE,
    line: '{"responseCode":"4034314"',
    word: '4034314',
    provider: 'DOKU',
    name: 'Insufficient Funds',
    outcome: 'failure',
    retry: 'Do not retry',
  },
  {
    id: 'log-alipayplus-SYSTEM_BUSY',
    file: LOG_FILE,
    line: '"resultCode":"SYSTEM_BUSY"',
    word: 'SYSTEM_BUSY',
    provider: 'Alipay+',
    name: 'SYSTEM_BUSY',
    outcome: 'unknown',
    retry: 'Retry',
  },
  {
    // the extension contributes the `kotlin` language id for .kt: without it VS Code knows no Kotlin
    id: 'kotlin-iso8583-51',
    file: KOTLIN_FILE,
    line: '"51" ->',
    word: '51',
    provider: 'ISO 8583',
    name: 'Insufficient funds',
    outcome: 'failure',
    retry: 'Retry later',
  },
];

/** A .kt file opens with the language PayCodes contributes. */
export const KOTLIN = {
  file: KOTLIN_FILE,
  languageId: 'kotlin',
  /** the status bar's language mode */
  languageName: 'Kotlin',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The parts of a hover's text that must be there, each with a pattern that finds it. */
export function hoverParts(e: HoverExpectation): { what: string; pattern: RegExp }[] {
  return [
    { what: `provider ${JSON.stringify(e.provider)}`, pattern: new RegExp(`(^|\\W)${escape(e.provider)}(\\W|$)`) },
    { what: `name ${JSON.stringify(e.name)}`, pattern: new RegExp(escape(e.name)) },
    { what: `outcome ${JSON.stringify(e.outcome)}`, pattern: new RegExp(`Outcome\\W*${e.outcome}\\b`, 'i') },
    // "Retry" must not be read out of "Retry later" or "Do not retry"
    { what: `retry advice ${JSON.stringify(e.retry)}`, pattern: new RegExp(`(^|\\W)${escape(e.retry)}(?! later)\\W*:`) },
  ];
}

/** A hover's Markdown as a reader sees it: no backslash escapes, no emphasis marks. */
export function markdownToText(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]<>()#+\-.!|~])/g, '$1').replace(/\*\*|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)/g, '');
}

/** undefined when `text` shows everything `e` expects; otherwise what is missing. */
export function missingFromHover(e: HoverExpectation, text: string): string[] | undefined {
  const missing = hoverParts(e)
    .filter((p) => !p.pattern.test(text))
    .map((p) => p.what);
  return missing.length ? missing : undefined;
}

export function hoverFailure(e: HoverExpectation, text: string, where: string): string {
  const missing = missingFromHover(e, text) ?? [];
  return (
    `hover on ${JSON.stringify(e.word)} in ${e.file} (${where}): expected ${hoverParts(e).map((p) => p.what).join(', ')}; ` +
    `missing ${missing.join(', ')}; it showed ${text ? JSON.stringify(text.replace(/\s+/g, ' ').trim()) : 'nothing'}`
  );
}

// ---- logs: inlay hints and the Outline (issue 4) ----

export interface InlayHintExpectation {
  /** text of the line the code is on (picks the occurrence) */
  line: string;
  /** the hint is drawn right after this text of the line */
  after: string;
  label: string;
}

export const LOG_INLAY_HINTS: { file: string; hints: InlayHintExpectation[] } = {
  file: LOG_FILE,
  hints: [
    { line: '{"responseCode":"4034314","responseMessage":"Insufficient Funds","partnerReferenceNo":"INV-0042"}', after: '{"responseCode":"4034314"', label: '⟵ Insufficient Funds · failure' },
    { line: '{"code":9300105,', after: '{"code":9300105', label: '⟵ SESSION_ALREADY_EXPIRED · failure' },
  ],
};

export interface OutlineGroupExpectation {
  /** the symbol's name: code — name */
  name: string;
  /** its detail: provider · outcome · count */
  detail: string;
  /** its children: one per occurrence */
  children: string[];
}

/** The Outline of the log: the codes found, grouped, with their counts, first seen first. */
export const LOG_OUTLINE: { file: string; groups: OutlineGroupExpectation[] } = {
  file: LOG_FILE,
  groups: [
    { name: '4034314 — Insufficient Funds', detail: 'DOKU · failure · 2×', children: ['line 2', 'line 6'] },
    { name: 'SYSTEM_BUSY — System under heavy load', detail: 'Alipay+ · unknown · 1×', children: ['line 4'] },
    { name: '9300105 — SESSION_ALREADY_EXPIRED', detail: 'Setel · failure · 1×', children: ['line 5'] },
  ],
};

/** What is missing from an Outline (groups as name/detail/children), or undefined when all is there in order. */
export function missingFromOutline(groups: { name: string; detail: string; children: string[] }[]): string[] | undefined {
  const missing: string[] = [];
  let last = -1;
  for (const e of LOG_OUTLINE.groups) {
    const at = groups.findIndex((g) => g.name === e.name);
    if (at < 0) {
      missing.push(`a group ${JSON.stringify(e.name)}`);
      continue;
    }
    const g = groups[at];
    if (at < last) missing.push(`${JSON.stringify(e.name)} after the groups listed before it (first seen first)`);
    last = at;
    if (g.detail !== e.detail) missing.push(`${JSON.stringify(e.name)} with the detail ${JSON.stringify(e.detail)} (it has ${JSON.stringify(g.detail)})`);
    if (JSON.stringify(g.children) !== JSON.stringify(e.children)) missing.push(`${JSON.stringify(e.name)} with the children ${JSON.stringify(e.children)} (it has ${JSON.stringify(g.children)})`);
  }
  return missing.length ? missing : undefined;
}

/** Look Up Payment Code… finds a code by its name, not only by the code. */
export const LOOK_UP_BY_NAME = {
  query: 'insufficient',
  /** the one row every SNAP service's "Insufficient Funds" shares */
  code: '403XX14',
  /** what the row must say besides the code: the name, the provider, the service of 4034314 */
  row: ['Insufficient Funds', 'DOKU', '4034314 service 43'],
  /** picked, it asks which service's code: this one */
  service: '4034314',
  pickedNotice: '4034314 — Insufficient Funds',
};

// ---- diagnostics and quick fixes on switches (issue 5) ----

export interface SwitchExpectation {
  id: string;
  file: string;
  /** the switch's header: the warning's range, exactly */
  header: string;
  /** a word of the header to put the cursor on */
  word: string;
  /** 1-based position of the warning, as Problems shows it */
  line: number;
  column: number;
  rule: 'unhandled-retryable-code';
  /** the warning's message starts with this */
  message: string;
  /** codes the message (or the Problems' related rows) must name */
  codes: string[];
  /** the quick fixes Ctrl+. must list; the first is the preferred one */
  fixes: { retryable: string; exhaustive: string };
  /** lines the preferred fix inserts (trimmed), each before the first line that starts with `before` */
  inserted: string[];
  /** how many case labels the preferred fix adds (the exhaustive one adds more) */
  insertedCount: number;
  before: string;
  /** the indentation the inserted case lines must have (the file's own) */
  indent: string;
}

export const SWITCHES: SwitchExpectation[] = [
  {
    id: 'java-alipayplus',
    file: 'src/main/java/com/example/payments/AlipayResultHandler.java',
    header: 'switch (result.getResultCode())',
    word: 'getResultCode',
    line: 7,
    column: 9,
    rule: 'unhandled-retryable-code',
    message: 'Unhandled retryable Alipay+ codes: PAYMENT_IN_PROCESS',
    codes: ['PAYMENT_IN_PROCESS', 'REQUEST_TRAFFIC_EXCEED_LIMIT', 'SYSTEM_BUSY', 'UNKNOWN_EXCEPTION', 'PROCESS_FAIL', 'SERVICE_UNAVAILABLE'],
    fixes: { retryable: 'Add 6 missing retryable cases (Alipay+)', exhaustive: 'Add all 20 missing Alipay+ codes (exhaustive)' },
    inserted: ['case "PAYMENT_IN_PROCESS":', 'case "SYSTEM_BUSY":', 'case "UNKNOWN_EXCEPTION":', 'case "SERVICE_UNAVAILABLE":'],
    insertedCount: 6,
    before: 'default:',
    indent: '            ',
  },
  {
    id: 'go-doku-snap',
    file: 'src/go/doku_va.go',
    header: 'switch resp.ResponseCode',
    word: 'ResponseCode',
    line: 14,
    column: 2,
    rule: 'unhandled-retryable-code',
    message: 'Unhandled retryable DOKU codes: 2022500',
    codes: ['2022500', '5002500', '5042500', '4292500', '5002501', '5002502'],
    fixes: { retryable: 'Add 7 missing retryable cases (DOKU)', exhaustive: 'Add all 61 missing DOKU codes (exhaustive)' },
    inserted: ['case "2022500":', 'case "5002500":', 'case "5042500":', 'case "4292500":'],
    insertedCount: 7,
    before: 'default:',
    indent: '\t',
  },
];

/** The string labels on a file's `case` lines. */
export function caseLabels(lines: string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l.startsWith('case ')).flatMap((l) => l.replace(/\/\/.*$/, '').match(/"[^"]*"/g) ?? []);
}

/**
 * What is wrong with a file's lines after the preferred fix (top to bottom), compared with before it,
 * or undefined: every expected case inserted once, before `before`, and only the retryable ones.
 */
export function wrongAfterFix(e: SwitchExpectation, lines: string[], original: string[]): string[] | undefined {
  const trimmed = lines.map((l) => l.trim());
  const stop = trimmed.findIndex((l) => l.startsWith(e.before));
  const wrong: string[] = [];
  if (stop < 0) wrong.push(`a line starting with ${JSON.stringify(e.before)}`);
  for (const want of e.inserted) {
    const at = trimmed.findIndex((l) => l.startsWith(want));
    if (at < 0) wrong.push(`a line ${JSON.stringify(want)}`);
    else if (stop >= 0 && at > stop) wrong.push(`${JSON.stringify(want)} before ${JSON.stringify(e.before)}`);
    if (trimmed.filter((l) => l.startsWith(want)).length > 1) wrong.push(`${JSON.stringify(want)} once`);
  }
  const added = caseLabels(lines).length - caseLabels(original).length;
  if (added !== e.insertedCount) wrong.push(`${e.insertedCount} case labels added (${added} were)`);
  return wrong.length ? wrong : undefined;
}

// ---- an if/else-if chain (issue 12) ----

/** A chain over Alipay+ result codes whose retryable codes belong with the branch that retries SYSTEM_BUSY. */
export const CHAIN = {
  id: 'java-alipayplus-chain',
  file: 'src/main/java/com/example/payments/AlipayResultChain.java',
  /** the chain's first test: the warning's range, exactly */
  header: 'if ("PAYMENT_IN_PROCESS".equals(resultCode))',
  word: 'resultCode',
  line: 7,
  column: 9,
  rule: 'unhandled-retryable-code',
  message: 'Unhandled retryable Alipay+ codes: REQUEST_TRAFFIC_EXCEED_LIMIT',
  fixes: {
    handleLike: 'Handle REQUEST_TRAFFIC_EXCEED_LIMIT, UNKNOWN_EXCEPTION, PROCESS_FAIL, SERVICE_UNAVAILABLE like SYSTEM_BUSY',
    exhaustive: 'Add all 20 missing Alipay+ codes (exhaustive)',
  },
  /** the branch the preferred fix extends, and tests it must then hold on that line */
  branch: '} else if ("SYSTEM_BUSY".equals(resultCode)',
  joined: ['"REQUEST_TRAFFIC_EXCEED_LIMIT".equals(resultCode)', '"SERVICE_UNAVAILABLE".equals(resultCode)'],
};

// ---- a team's own catalog (issue 6) ----

export const NEW_CATALOG = {
  command: 'paycodes.newCatalog',
  paletteTitle: 'PayCodes: New Catalog…',
};

/** The catalog a team writes: saved as team.paycodes.json at the workspace's root. */
export const OWN_CATALOG = {
  file: 'team.paycodes.json',
  /** the answers to New Catalog's two prompts: its file is then `<provider>.paycodes.json` */
  provider: 'team',
  providerName: 'Team Pay',
  prompts: { provider: 'PayCodes: New Catalog (1/2)', providerName: 'PayCodes: New Catalog (2/2)' },
  content: {
    provider: 'team',
    providerName: 'Team Pay',
    families: [{ id: 'result', name: 'Team Pay result code', fields: ['resultCode'] }],
    entries: [
      {
        provider: 'team', family: 'result', group: 'Payments', code: 'TEAMPAY_QUEUED', name: 'Payment queued',
        description: 'Queued at the acquirer; the final status comes by webhook.',
        resolution: 'Wait for the webhook, or query the payment every 5 s.',
        outcome: 'pending', retry: 'poll', source: 'team wiki',
      },
      { provider: 'team', family: 'result', group: 'Payments', code: 'TEAMPAY_CAPTURED', name: 'Payment captured', outcome: 'success', retry: 'no', source: 'team wiki' },
    ],
  },
  hover: {
    id: 'own-catalog-TEAMPAY_QUEUED',
    file: 'src/team/teamPay.ts',
    line: "if (resultCode === 'TEAMPAY_QUEUED')",
    word: 'TEAMPAY_QUEUED',
    provider: 'Team Pay',
    name: 'Payment queued',
    outcome: 'pending',
    retry: 'Poll',
  } satisfies HoverExpectation,
  /** the hover says where the entry comes from (Markdown code span in the API, plain in the widget) */
  origin: /From your catalog `?team\.paycodes\.json`?/,
};

/** undefined when a hover shows the own catalog's entry and says where it comes from. */
export function missingFromOwnHover(text: string): string[] | undefined {
  const missing = missingFromHover(OWN_CATALOG.hover, text) ?? [];
  if (!OWN_CATALOG.origin.test(text)) missing.push('"From your catalog `team.paycodes.json`"');
  return missing.length ? missing : undefined;
}

// ---- the language server crashes (issue 7) ----

/** After the server is killed, this hover works again (vscode-languageclient restarts the server). */
export const AFTER_CRASH = {
  hover: HOVERS[0],
  /** how long the restart may take, at most */
  timeoutMs: 30_000,
};

// ---- writing and finding codes (issue 14) ----

export const NAVIGATION = {
  /** a switch with one label of its family: completion in a new label, its code lens */
  file: 'src/main/java/com/example/payments/AlipayPaymentHandler.java',
  /** the new label goes on a line after this one */
  after: 'return OrderState.CANCELLED;',
  // Both quotes, then back between them: whether the editor auto-closed the first one or not, the line reads the same.
  typed: 'case ""',
  /** the first suggestion: the most urgent unhandled code, pollable */
  firstSuggestion: 'PAYMENT_IN_PROCESS',
  acceptedLine: 'case "PAYMENT_IN_PROCESS"',
  /** the lens above the switch, and the quick pick clicking it opens */
  lens: 'Alipay+ Payment Creation · handles 1 of 22 codes · 6 retryable unhandled',
  lensFix: 'Add 6 missing retryable cases (Alipay+)',
  lensFixAdds: 'case "REQUEST_TRAFFIC_EXCEED_LIMIT":',
  /** Go to Definition on a bundled code: its entry in the catalog's read-only page */
  definition: { file: JAVA_FILE, word: '4034314', line: 'case "4034314":', tab: 'snap', target: '## `4034314`' },
  /** Find All References of a code: the References view lists the Java file and the log */
  references: { file: JAVA_FILE, word: '4034314', line: 'case "4034314":', files: ['GatewayResponseHandler.java', 'gateway.log'] },
};

// ---- the log report (issue 15) ----

/** PayCodes: Show Log Report on logs/gateway.log: a webview whose chart draws these bars per minute. */
export const LOG_REPORT = {
  paletteTitle: 'PayCodes: Show Log Report',
  file: LOG_FILE,
  tabTitle: 'Log Report: gateway.log',
  timeline: {
    t: [Date.parse('2026-11-20T10:05:00Z') / 1000, Date.parse('2026-11-20T10:06:00Z') / 1000],
    success: [0, 0],
    pending: [0, 0],
    failure: [2, 1],
    unknown: [2, 0],
  },
};
