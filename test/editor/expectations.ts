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
];

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
