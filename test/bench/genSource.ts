// Generated sources for the language-server and lint benchmarks: switches over real catalog codes in the
// nine supported languages, surrounded by the ordinary code a payment service has. Deterministic (seeded).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { entriesOf, type BenchEntry } from './common';
import { Rng } from './rng';

/** Bump when the output changes: cached trees of an older version are regenerated. */
export const SOURCE_GENERATOR_VERSION = 2;

/** A family whose codes travel in one field, as a switch over that field sees them. */
interface Family {
  field: string;
  /** Labels are numbers (`case 4041:`) rather than strings. */
  numeric: boolean;
  entries: BenchEntry[];
  retryable: BenchEntry[];
}

export function families(entries: readonly BenchEntry[]): Family[] {
  const make = (field: string, numeric: boolean, list: BenchEntry[]): Family => ({
    field, numeric, entries: list, retryable: list.filter((e) => e.retry === 'retry' || e.retry === 'poll'),
  });
  return [
    make('resultCode', false, entriesOf(entries, 'alipayplus', 'result')),
    make('responseCode', false, entriesOf(entries, 'doku', 'snap')),
    make('statusCode', true, entriesOf(entries, 'portone', 'status')),
    make('errorCode', false, entriesOf(entries, 'setel', 'checkout')),
    make('responseCode', false, entriesOf(entries, 'iso8583', 'iso8583')),
  ].filter((f) => f.entries.length > 0);
}

export interface SwitchSpec {
  family: Family;
  labels: string[];
  /** A label one edit away from a real code (the unknown-code rule's case). */
  typo?: string;
}

/** Labels for one switch: a few codes of the family; sometimes every retryable one, so only some switches warn. */
export function switchSpec(rng: Rng, fams: readonly Family[], cases = rng.range(3, 8)): SwitchSpec {
  const family = rng.pick(fams);
  const labels = new Set<string>();
  while (labels.size < Math.min(cases, family.entries.length)) labels.add(rng.pick(family.entries).code);
  // Half the switches also handle every retryable code of the APIs their labels come from, so only some warn.
  const groups = new Set([...labels].map((c) => family.entries.find((e) => e.code === c)!.group));
  const sameApi = family.retryable.filter((e) => groups.has(e.group));
  if (sameApi.length <= 15 && rng.chance(0.5)) for (const e of sameApi) labels.add(e.code);
  const spec: SwitchSpec = { family, labels: [...labels] };
  if (!family.numeric && rng.chance(0.15)) {
    const real = rng.pick(family.entries).code;
    if (real.length >= 6 && /[A-Z]/.test(real)) spec.typo = real.slice(0, 3) + real[3] + real.slice(3);
  }
  return spec;
}

const OUTCOMES = ['PAID', 'FAILED', 'PENDING', 'CANCELLED', 'REVIEW'];

function outcomeOf(rng: Rng): string {
  return rng.pick(OUTCOMES);
}

export type Language = 'java' | 'kotlin' | 'typescript' | 'javascript' | 'go' | 'python' | 'php' | 'csharp' | 'ruby';
export const LANGUAGES: readonly Language[] = ['java', 'kotlin', 'typescript', 'javascript', 'go', 'python', 'php', 'csharp', 'ruby'];
export const EXTENSION: Record<Language, string> = {
  java: '.java', kotlin: '.kt', typescript: '.ts', javascript: '.js', go: '.go', python: '.py', php: '.php', csharp: '.cs', ruby: '.rb',
};

function lit(spec: SwitchSpec, code: string, quote: string): string {
  return spec.family.numeric ? code : `${quote}${code}${quote}`;
}

function labelsOf(spec: SwitchSpec): string[] {
  return spec.typo ? [...spec.labels, spec.typo] : spec.labels;
}

function camel(field: string): string {
  return field[0].toUpperCase() + field.slice(1);
}

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** One method/function holding a switch over `spec`, in `lang`, at the language's usual indentation. */
export function switchFunction(lang: Language, rng: Rng, spec: SwitchSpec, n: number): string[] {
  const labels = labelsOf(spec);
  const groups: string[][] = [];
  for (let i = 0; i < labels.length; ) {
    const size = Math.min(labels.length - i, rng.chance(0.25) ? 2 : 1);
    groups.push(labels.slice(i, i + size));
    i += size;
  }
  const f = spec.family.field;
  switch (lang) {
    case 'java':
      return [
        `    public OrderState handle${n}(GatewayResponse resp) {`,
        `        log.debug("handling {} for order {}", resp.get${camel(f)}(), resp.getOrderId());`,
        `        switch (resp.get${camel(f)}()) {`,
        ...groups.flatMap((g) => [...g.map((c) => `            case ${lit(spec, c, '"')}:`), `                metrics.increment("gateway.${n}");`, `                return OrderState.${outcomeOf(rng)};`]),
        '            default:',
        '                return OrderState.FAILED;',
        '        }',
        '    }',
        '',
      ];
    case 'kotlin':
      return [
        `    fun handle${n}(resp: GatewayResponse): OrderState {`,
        `        logger.debug { "handling \${resp.${f}} for \${resp.orderId}" }`,
        `        return when (resp.${f}) {`,
        ...groups.map((g) => `            ${g.map((c) => lit(spec, c, '"')).join(', ')} -> OrderState.${outcomeOf(rng)}`),
        '            else -> OrderState.FAILED',
        '        }',
        '    }',
        '',
      ];
    case 'typescript':
    case 'javascript': {
      const sig = lang === 'typescript' ? `resp: GatewayResponse): OrderState` : 'resp)';
      return [
        `export function handle${n}(${sig} {`,
        `  logger.debug(\`handling \${resp.${f}} for \${resp.orderId}\`);`,
        `  switch (resp.${f}) {`,
        ...groups.flatMap((g) => [...g.map((c) => `    case ${lit(spec, c, "'")}:`), `      return '${outcomeOf(rng).toLowerCase()}';`]),
        '    default:',
        "      return 'failed';",
        '  }',
        '}',
        '',
      ];
    }
    case 'go':
      return [
        `func handle${n}(resp *GatewayResponse) OrderState {`,
        `\tlog.Printf("handling %v for %s", resp.${camel(f)}, resp.OrderID)`,
        `\tswitch resp.${camel(f)} {`,
        ...groups.flatMap((g) => [`\tcase ${g.map((c) => lit(spec, c, '"')).join(', ')}:`, `\t\treturn ${camel(outcomeOf(rng).toLowerCase())}`]),
        '\tdefault:',
        '\t\treturn Failed',
        '\t}',
        '}',
        '',
      ];
    case 'python':
      return [
        `def handle_${n}(resp):`,
        `    logger.debug("handling %s for %s", resp["${snake(f)}"], resp["order_id"])`,
        `    match resp["${snake(f)}"]:`,
        ...groups.flatMap((g) => [`        case ${g.map((c) => lit(spec, c, '"')).join(' | ')}:`, `            return "${outcomeOf(rng).toLowerCase()}"`]),
        '        case _:',
        '            return "failed"',
        '',
        '',
      ];
    case 'php':
      return [
        `    public function handle${n}(array $resp): string`,
        '    {',
        `        $this->logger->debug('handling ' . $resp['${f}']);`,
        `        switch ($resp['${f}']) {`,
        ...groups.flatMap((g) => [...g.map((c) => `            case ${lit(spec, c, "'")}:`), `                return '${outcomeOf(rng).toLowerCase()}';`]),
        '            default:',
        "                return 'failed';",
        '        }',
        '    }',
        '',
      ];
    case 'csharp':
      return [
        `        public static OrderState Handle${n}(GatewayResponse response)`,
        '        {',
        `            Logger.LogDebug("handling {Code}", response.${camel(f)});`,
        `            switch (response.${camel(f)})`,
        '            {',
        ...groups.flatMap((g) => [...g.map((c) => `                case ${lit(spec, c, '"')}:`), `                    return OrderState.${camel(outcomeOf(rng).toLowerCase())};`]),
        '                default:',
        '                    return OrderState.Failed;',
        '            }',
        '        }',
        '',
      ];
    case 'ruby':
      return [
        `    def handle_${n}(resp)`,
        `      logger.debug("handling #{resp['${snake(f)}']}")`,
        `      case resp['${snake(f)}']`,
        ...groups.map((g) => `      when ${g.map((c) => lit(spec, c, "'")).join(', ')} then :${outcomeOf(rng).toLowerCase()}`),
        '      else :failed',
        '      end',
        '    end',
        '',
      ];
  }
}

/** Ordinary code between the switches: no codes, the parser still has to read it. */
/** `plain`: amounts of five digits, which no catalog code has, so that the file mentions no code at all. */
function filler(lang: Language, rng: Rng, n: number, plain = false): string[] {
  const amount = plain ? rng.range(10000, 99999) : rng.range(100, 99999);
  // `order 12` would be a two-digit code in prose: a plain file numbers its functions from 100.
  if (plain) n += 100;
  switch (lang) {
    case 'java':
      return [
        `    /** Converts the amount of order ${n} to minor units. */`,
        `    static long minorUnits${n}(BigDecimal amount, String currency) {`,
        `        int scale = "JPY".equals(currency) || "KRW".equals(currency) ? 0 : 2;`,
        `        return amount.movePointRight(scale).longValueExact() + ${amount}L - ${amount}L;`,
        '    }',
        '',
      ];
    case 'kotlin':
      return [`    /** Minor units of order ${n}. */`, `    fun minorUnits${n}(amount: BigDecimal, currency: String): Long =`, `        amount.movePointRight(if (currency == "KRW") 0 else 2).longValueExact() + ${amount} - ${amount}`, ''];
    case 'typescript':
      return [`/** Minor units of order ${n}. */`, `export function minorUnits${n}(amount: number, currency: string): number {`, `  return Math.round(amount * (currency === 'KRW' ? 1 : 100)) + ${amount} - ${amount};`, '}', ''];
    case 'javascript':
      return [`/** Minor units of order ${n}. */`, `export function minorUnits${n}(amount, currency) {`, `  return Math.round(amount * (currency === 'KRW' ? 1 : 100)) + ${amount} - ${amount};`, '}', ''];
    case 'go':
      return [`// minorUnits${n} converts an amount to minor units.`, `func minorUnits${n}(amount float64, currency string) int64 {`, '\tif currency == "KRW" {', `\t\treturn int64(amount) + ${amount} - ${amount}`, '\t}', '\treturn int64(amount * 100)', '}', ''];
    case 'python':
      return [`def minor_units_${n}(amount, currency):`, `    """Minor units of order ${n}."""`, `    return int(amount * (1 if currency == "KRW" else 100)) + ${amount} - ${amount}`, '', ''];
    case 'php':
      return [`    /** Minor units of order ${n}. */`, `    public function minorUnits${n}(float $amount, string $currency): int`, '    {', `        return (int) round($amount * ($currency === 'KRW' ? 1 : 100)) + ${amount} - ${amount};`, '    }', ''];
    case 'csharp':
      return [`        /// <summary>Minor units of order ${n}.</summary>`, `        public static long MinorUnits${n}(decimal amount, string currency)`, '        {', `            return (long)(amount * (currency == "KRW" ? 1 : 100)) + ${amount} - ${amount};`, '        }', ''];
    case 'ruby':
      return [`    # Minor units of order ${n}.`, `    def minor_units_${n}(amount, currency)`, `      (amount * (currency == 'KRW' ? 1 : 100)).round + ${amount} - ${amount}`, '    end', ''];
  }
}

function header(lang: Language, name: string): string[] {
  switch (lang) {
    case 'java':
      return ['package com.example.payments.gateway;', '', 'import java.math.BigDecimal;', 'import org.slf4j.Logger;', '', `public class ${name} {`, `    private static final Logger log = org.slf4j.LoggerFactory.getLogger(${name}.class);`, ''];
    case 'kotlin':
      return ['package com.example.payments.gateway', '', 'import java.math.BigDecimal', '', `class ${name}(private val metrics: Metrics) {`, ''];
    case 'typescript':
      return ["import type { GatewayResponse, OrderState } from './types';", "import { logger } from './logger';", ''];
    case 'javascript':
      return ["import { logger } from './logger.js';", ''];
    case 'go':
      return ['package gateway', '', 'import "log"', ''];
    case 'python':
      return ['"""Gateway answers mapped onto order states."""', 'import logging', '', 'logger = logging.getLogger(__name__)', '', ''];
    case 'php':
      return ['<?php', '', 'namespace App\\Payments;', '', `final class ${name}`, '{'];
    case 'csharp':
      return ['using System;', '', 'namespace Payments.Gateway', '{', `    public static class ${name}`, '    {'];
    case 'ruby':
      return ['# frozen_string_literal: true', '', 'module Payments', `  class ${name}`];
  }
}

function footer(lang: Language): string[] {
  switch (lang) {
    case 'java':
    case 'kotlin':
    case 'php':
      return ['}'];
    case 'csharp':
      return ['    }', '}'];
    case 'ruby':
      return ['  end', 'end'];
    default:
      return [];
  }
}

/** A source file of about `targetLines` lines: switches over codes between ordinary functions. */
export function sourceFile(lang: Language, rng: Rng, fams: readonly Family[], name: string, targetLines: number): string {
  const lines = header(lang, name);
  let n = 0;
  while (lines.length < targetLines) {
    lines.push(...filler(lang, rng, n));
    lines.push(...switchFunction(lang, rng, switchSpec(rng, fams), n));
    n++;
  }
  lines.push(...footer(lang));
  return lines.join('\n') + '\n';
}

/** A source file of about `targetLines` lines of ordinary functions, with no switch and no code in it. */
function plainSourceFile(lang: Language, rng: Rng, name: string, targetLines: number): string {
  const lines = header(lang, name);
  for (let n = 0; lines.length < targetLines; n++) lines.push(...filler(lang, rng, n, true));
  lines.push(...footer(lang));
  return lines.join('\n') + '\n';
}

export interface TreeStats {
  files: number;
  bytes: number;
  byLanguage: Record<string, number>;
}

/** `count` files spread over the nine languages in nested folders; reused when already generated. */
/**
 * `count` sources in the nine languages. One file in `every` has switches over codes; the others are
 * ordinary code that mentions no catalog code (every = 1: all of them have switches, as the first lint tree).
 */
export function ensureLintTree(dir: string, count: number, entries: readonly BenchEntry[], seed = 11, every = 1): TreeStats & { reused: boolean } {
  const metaFile = `${dir}.meta.json`;
  const want = { version: SOURCE_GENERATOR_VERSION, count, seed, every };
  try {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as typeof want & { stats: TreeStats };
    if (meta.version === want.version && meta.count === count && meta.seed === seed && (meta.every ?? 1) === every && fs.existsSync(dir)) {
      return { ...meta.stats, reused: true };
    }
  } catch {
    // absent or stale
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const rng = new Rng(seed);
  const fams = families(entries);
  const stats: TreeStats = { files: 0, bytes: 0, byLanguage: {} };
  for (let i = 0; i < count; i++) {
    const lang = LANGUAGES[i % LANGUAGES.length];
    const name = `Gateway${i}Handler`;
    const file = path.join(dir, lang, `module${Math.floor(i / 90)}`, `sub${i % 7}`, `${lang === 'python' || lang === 'ruby' ? `gateway_${i}_handler` : name}${EXTENSION[lang]}`);
    // Most files are small; a few are the long handlers every codebase has.
    const lines = rng.chance(0.05) ? rng.range(800, 2000) : rng.range(60, 400);
    const text = i % every === 0 ? sourceFile(lang, rng, fams, name, lines) : plainSourceFile(lang, rng, name, lines);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
    stats.byLanguage[lang] = (stats.byLanguage[lang] ?? 0) + 1;
  }
  fs.writeFileSync(metaFile, JSON.stringify({ ...want, stats }, null, 2));
  return { ...stats, reused: false };
}

export interface HoverFile {
  text: string;
  /** Positions inside codes in code positions (0-based line and character), spread over the file. */
  codePositions: { line: number; character: number; code: string }[];
}

/** A Java file of `targetLines` lines dense with codes: switch labels, comparisons, maps, constants. */
export function hoverFile(entries: readonly BenchEntry[], targetLines: number, seed = 5): HoverFile {
  const rng = new Rng(seed);
  const fams = families(entries);
  const lines = header('java', 'GatewayCodes');
  const positions: HoverFile['codePositions'] = [];
  const mark = (line: string, code: string) => {
    const at = line.indexOf(code);
    if (at >= 0) positions.push({ line: lines.length, character: at + Math.floor(code.length / 2), code });
    lines.push(line);
  };
  let n = 0;
  while (lines.length < targetLines) {
    const spec = switchSpec(rng, fams);
    const start = lines.length;
    const fn = switchFunction('java', rng, spec, n);
    fn.forEach((l, k) => {
      const label = /case "?([A-Z0-9_]+)"?:/.exec(l);
      if (label && spec.labels.includes(label[1])) positions.push({ line: start + k, character: l.indexOf(label[1]) + 1, code: label[1] });
    });
    lines.push(...fn);
    const e = rng.pick(spec.family.entries);
    const q = spec.family.numeric ? e.code : `"${e.code}"`;
    lines.push(`    static boolean is${n}(GatewayResponse resp) {`);
    mark(spec.family.numeric ? `        return resp.get${camel(spec.family.field)}() == ${q};` : `        return ${q}.equals(resp.get${camel(spec.family.field)}());`, e.code);
    lines.push('    }', '');
    const m = rng.pick(fams.filter((f) => !f.numeric));
    const a = rng.pick(m.entries);
    const b = rng.pick(m.entries);
    lines.push(`    static final Map<String, String> MESSAGES_${n} = Map.of(`);
    mark(`        "${a.code}", "${(a.message ?? a.name ?? '').replace(/"/g, "'").slice(0, 40)}",`, a.code);
    mark(`        "${b.code === a.code ? b.code + '_' : b.code}", "${(b.message ?? b.name ?? '').replace(/"/g, "'").slice(0, 40)}");`, b.code);
    lines.push('');
    lines.push(...filler('java', rng, n));
    n++;
  }
  lines.push(...footer('java'));
  return { text: lines.join('\n') + '\n', codePositions: positions };
}

export interface SwitchFile {
  text: string;
  /** 0-based lines inside switch bodies (a `return` or `metrics` line) where a one-character edit goes. */
  editLines: number[];
}

/** A Java file of `targetLines` lines of switches over codes, in the shape of the protocol fixture. */
export function switchFile(entries: readonly BenchEntry[], targetLines: number, seed = 9): SwitchFile {
  const rng = new Rng(seed);
  const fams = families(entries);
  const lines = header('java', 'ResultHandlers');
  const editLines: number[] = [];
  let n = 0;
  while (lines.length < targetLines) {
    lines.push(...filler('java', rng, n));
    const start = lines.length;
    const fn = switchFunction('java', rng, switchSpec(rng, fams, rng.range(4, 12)), n);
    fn.forEach((l, k) => {
      if (/^ {16}return OrderState\.(?!FAILED)/.test(l)) editLines.push(start + k);
    });
    lines.push(...fn);
    n++;
  }
  lines.push(...footer('java'));
  return { text: lines.join('\n') + '\n', editLines };
}
