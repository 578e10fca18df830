// A switch over codes nested `depth` deep in each of its own arms, in each supported language.

interface Nesting {
  prefix: string;
  /** Opens level `i` (0-based) up to the point where its first arm's body begins. */
  open(i: number): string;
  /** Closes level `i` after its first arm's body. */
  close(i: number): string;
  innermost: string;
  suffix: string;
}

/** Indentation, flattened past 16 levels where the language allows: 3000 levels would otherwise be 70 MB. */
const pad = (i: number, unit = '    ') => unit.repeat(Math.min(i, 16));
const offside = (i: number) => '    '.repeat(i);

const braces = (subject: string, breakStatement: string): Omit<Nesting, 'prefix' | 'suffix'> => ({
  open: (i) => `${pad(i)}switch (${subject}) {\n${pad(i)}case "SYSTEM_BUSY":\n`,
  close: (i) => `${pad(i + 1)}${breakStatement}\n${pad(i)}default:\n${pad(i + 1)}${breakStatement}\n${pad(i)}}\n`,
  innermost: 'retry();',
});

const NESTINGS: Record<string, Nesting> = {
  java: { prefix: 'class A {\nvoid f(Resp resp) {\n', ...braces('resp.getResultCode()', 'break;'), suffix: '}\n}\n' },
  javascript: { prefix: 'function f(resp) {\n', ...braces('resp.resultCode', 'break;'), suffix: '}\n' },
  typescript: { prefix: 'function f(resp: Resp) {\n', ...braces('resp.resultCode', 'break;'), suffix: '}\n' },
  csharp: { prefix: 'class A {\nvoid F(Resp resp) {\n', ...braces('resp.ResultCode', 'break;'), suffix: '}\n}\n' },
  php: { prefix: '<?php\nfunction f($resp) {\n', ...braces('$resp->resultCode', 'break;'), suffix: '}\n' },
  go: {
    prefix: 'package p\n\nfunc f(resp *Resp) {\n',
    open: (i) => `${pad(i, '\t')}switch resp.ResultCode {\n${pad(i, '\t')}case "SYSTEM_BUSY":\n`,
    close: (i) => `${pad(i, '\t')}default:\n${pad(i, '\t')}}\n`,
    innermost: 'retry()',
    suffix: '}\n',
  },
  kotlin: {
    prefix: 'fun f(resp: Resp) {\n',
    open: (i) => `${pad(i)}when (resp.resultCode) {\n${pad(i)}"SYSTEM_BUSY" -> {\n`,
    close: (i) => `${pad(i)}}\n${pad(i)}else -> {}\n${pad(i)}}\n`,
    innermost: 'retry()',
    suffix: '}\n',
  },
  python: {
    prefix: 'def f(resp):\n',
    open: (i) => `${offside(2 * i + 1)}match resp.result_code:\n${offside(2 * i + 2)}case "SYSTEM_BUSY":\n`,
    close: () => '',
    innermost: 'retry()',
    suffix: '',
  },
  ruby: {
    prefix: 'def f(resp)\n',
    open: (i) => `${pad(i, '  ')}case resp.result_code\n${pad(i, '  ')}when "SYSTEM_BUSY"\n`,
    close: (i) => `${pad(i, '  ')}else\n${pad(i + 1, '  ')}nil\n${pad(i, '  ')}end\n`,
    innermost: 'retry',
    suffix: 'end\n',
  },
};

export const nestingLanguages = Object.keys(NESTINGS);

export function nestedSwitches(languageId: string, depth: number): string {
  const n = NESTINGS[languageId];
  const parts = [n.prefix];
  for (let i = 0; i < depth; i++) parts.push(n.open(i));
  parts.push(`${languageId === 'python' ? offside(2 * depth + 1) : pad(depth)}${n.innermost}\n`);
  for (let i = depth - 1; i >= 0; i--) parts.push(n.close(i));
  parts.push(n.suffix);
  return parts.join('');
}
