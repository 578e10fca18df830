// A production-like payment service log, generated deterministically and streamed to disk in 1 MB writes:
// timestamps, PIDs, threads, ports, amounts and durations everywhere; about one line in ten carries gateway
// codes in the forms gateways send them (JSON responses, key=value, ISO 8583 dumps).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { entriesOf, type BenchEntry } from './common';
import { Rng } from './rng';

/** Bump when the generator's output changes: cached logs of an older version are regenerated. */
export const LOG_GENERATOR_VERSION = 2;
export const CODE_LINE_SHARE = 0.1;

export interface LogStats {
  bytes: number;
  lines: number;
  codeLines: number;
  /** Codes written on purpose in code positions (the answer PayCodes should give). */
  plantedCodes: number;
}

interface Pools {
  alipayResult: BenchEntry[];
  snap: BenchEntry[];
  card: BenchEntry[];
  cardString: BenchEntry[];
  portone: BenchEntry[];
  setel: BenchEntry[];
  akinon: BenchEntry[];
}

const SERVICES = ['checkout-api', 'payment-gateway', 'refund-worker', 'settlement-batch', 'webhook-relay', 'order-service'];
const LOGGERS = [
  'c.e.p.gateway.AlipayPlusClient', 'c.e.p.gateway.DokuSnapClient', 'c.e.p.gateway.DokuCardClient', 'c.e.p.gateway.PortOneClient',
  'c.e.p.gateway.SetelClient', 'c.e.p.order.OrderService', 'c.e.p.web.PaymentController', 'o.h.engine.jdbc.spi.SqlExceptionHelper',
  'c.zaxxer.hikari.pool.HikariPool', 'o.s.web.servlet.DispatcherServlet', 'c.e.p.refund.RefundWorker', 'c.e.p.settle.BatchJob',
];
const LEVELS = ['INFO', 'INFO', 'INFO', 'INFO', 'DEBUG', 'DEBUG', 'WARN', 'ERROR'];
const PATHS = ['/v1/payments', '/v1/payments/{id}/capture', '/v1/refunds', '/v2/orders/{id}', '/health', '/metrics', '/v1/webhooks/doku', '/v1/webhooks/alipay'];
const CURRENCIES = ['IDR', 'KRW', 'USD', 'MYR', 'SGD', 'TRY', 'PHP'];
const AGENTS = ['okhttp/4.12.0', 'Apache-HttpClient/5.2.1', 'Go-http-client/2.0', 'python-requests/2.31.0', 'Mozilla/5.0 (X11; Linux x86_64)'];
const WORDS = ['cache', 'session', 'token', 'order', 'invoice', 'batch', 'merchant', 'customer', 'ledger', 'queue', 'lock', 'pool'];
const PROSE = [
  'A new session was created for the customer', 'Settlement file uploaded to SFTP', 'Scheduler tick completed',
  'Reconciliation found no differences', 'Idempotency key reused, returning stored response', 'Webhook signature verified',
  'Circuit breaker half-open, probing upstream', 'Feature flag refresh finished', 'A slow query was detected on ledger_entries',
];

export function generateLog(file: string, targetBytes: number, entries: readonly BenchEntry[], seed = 7): LogStats {
  const rng = new Rng(seed);
  const pools: Pools = {
    alipayResult: entriesOf(entries, 'alipayplus', 'result'),
    snap: entriesOf(entries, 'doku', 'snap'),
    card: entriesOf(entries, 'iso8583', 'iso8583'),
    cardString: entriesOf(entries, 'doku', 'card-string'),
    portone: entriesOf(entries, 'portone'),
    setel: entriesOf(entries, 'setel'),
    akinon: entriesOf(entries, 'akinon'),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  const stats: LogStats = { bytes: 0, lines: 0, codeLines: 0, plantedCodes: 0 };
  let clock = Date.UTC(2024, 2, 14, 0, 0, 0);
  let buffer = '';
  let buffered = 0;
  try {
    while (stats.bytes + buffered < targetBytes) {
      clock += rng.int(25);
      let line: string;
      if (rng.chance(CODE_LINE_SHARE)) {
        const [text, planted] = codeLine(rng, clock, pools);
        line = text;
        stats.codeLines++;
        stats.plantedCodes += planted;
      } else {
        line = decoyLine(rng, clock);
      }
      buffer += line + '\n';
      buffered += Buffer.byteLength(line) + 1;
      stats.lines++;
      if (buffered >= 1 << 20) {
        stats.bytes += fs.writeSync(fd, buffer);
        buffer = '';
        buffered = 0;
      }
    }
    if (buffer) stats.bytes += fs.writeSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
  return stats;
}

/** Generates `file` unless a log of the same size, seed and generator version is already there. */
export function ensureLog(file: string, targetBytes: number, entries: readonly BenchEntry[], seed = 7): LogStats & { reused: boolean } {
  const metaFile = file + '.meta.json';
  const want = { version: LOG_GENERATOR_VERSION, targetBytes, seed };
  try {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as typeof want & { stats: LogStats };
    if (meta.version === want.version && meta.targetBytes === targetBytes && meta.seed === seed && fs.statSync(file).size === meta.stats.bytes) {
      return { ...meta.stats, reused: true };
    }
  } catch {
    // absent or stale: generate
  }
  const stats = generateLog(file, targetBytes, entries, seed);
  fs.writeFileSync(metaFile, JSON.stringify({ ...want, stats }, null, 2));
  return { ...stats, reused: false };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function timestamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

function isoTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

function pid(rng: Rng): number {
  // Four-digit PIDs collide with PortOne's 4xxx codes on purpose: only context tells them apart.
  return rng.chance(0.3) ? rng.range(1000, 9999) : rng.range(10000, 65535);
}

/** `2024-03-14 08:15:42.123  INFO 48213 --- [nio-8080-exec-7] c.e.p.gateway.AlipayPlusClient : ` */
function springPrefix(rng: Rng, ms: number, level = rng.pick(LEVELS), logger = rng.pick(LOGGERS)): string {
  return `${timestamp(ms)} ${level.padStart(5)} ${pid(rng)} --- [nio-8080-exec-${rng.range(1, 200)}] ${logger} : `;
}

function amount(rng: Rng): string {
  return rng.chance(0.5) ? String(rng.range(1, 5000) * 1000) : `${rng.range(1, 999)}.${pad(rng.int(100))}`;
}

function requestPath(rng: Rng): string {
  return rng.pick(PATHS).replace('{id}', `ORD-${rng.range(100000, 999999)}${rng.hex(4).toUpperCase()}`);
}

function decoyLine(rng: Rng, ms: number): string {
  const r = rng.int(100);
  if (r < 55) {
    const level = rng.pick(LEVELS);
    return springPrefix(rng, ms, level) + decoyMessage(rng);
  }
  if (r < 80) {
    const fields: Record<string, unknown> = {
      ts: isoTimestamp(ms), level: rng.pick(['info', 'info', 'debug', 'warn']), pid: pid(rng), svc: rng.pick(SERVICES),
      msg: rng.pick(['request completed', 'cache refreshed', 'job finished', 'db query', 'outbound call']),
      status: rng.pick([200, 200, 200, 201, 204, 400, 404, 502]), duration_ms: rng.range(1, 5000), bytes: rng.range(100, 99999),
      trace_id: rng.hex(32),
    };
    if (rng.chance(0.3)) fields.port = rng.pick([4001, 4040, 5000, 6001, 8080, 8443, 9092]);
    return JSON.stringify(fields);
  }
  const d = new Date(ms);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `10.${rng.int(256)}.${rng.int(256)}.${rng.int(256)} - - [${pad(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000] "${rng.pick(['GET', 'POST', 'PUT'])} ${requestPath(rng)} HTTP/1.1" ${rng.pick([200, 200, 201, 204, 304, 400, 401, 404, 500, 502])} ${rng.range(0, 20000)} "-" "${rng.pick(AGENTS)}" rt=${(rng.range(1, 3000) / 1000).toFixed(3)} upstream=${rng.int(256)}.${rng.int(256)}.0.${rng.int(256)}:${rng.pick([4001, 8080, 8443, 9000])}`;
}

function decoyMessage(rng: Rng): string {
  switch (rng.int(10)) {
    case 0:
      return `${rng.pick(['POST', 'GET', 'PUT'])} ${requestPath(rng)} completed status=${rng.pick([200, 201, 400, 404, 409])} in ${rng.range(1, 4000)} ms`;
    case 1:
      return `HikariPool-1 - Pool stats (total=${rng.range(10, 50)}, active=${rng.range(0, 10)}, idle=${rng.range(0, 40)}, waiting=${rng.int(5)})`;
    case 2:
      return `order ORD-${rng.range(100000, 999999)} amount=${amount(rng)} currency=${rng.pick(CURRENCIES)} customer=cus_${rng.hex(12)} items=${rng.range(1, 9)}`;
    case 3:
      return `retrying outbound call to ${rng.pick(['api.doku.com', 'open-sea-global.alipayplus.com', 'api.iamport.kr', 'api.setel.com'])}:443 attempt=${rng.range(1, 5)} backoff=${rng.pick([500, 1000, 2000, 4000])} ms timeout=${rng.pick([3000, 5000, 10000])}`;
    case 4:
      return `GC pause (G1 Evacuation Pause) ${rng.range(100, 900)}M->${rng.range(50, 400)}M(${rng.pick([1024, 2048, 4096])}M) ${(rng.range(100, 90000) / 1000).toFixed(3)}ms`;
    case 5:
      return `listening on 0.0.0.0:${rng.pick([4001, 4041, 5000, 8080, 9090])} worker pid ${pid(rng)} started after ${rng.range(100, 9000)} ms`;
    case 6:
      return `${rng.pick(WORDS)} hit ratio=0.${pad(rng.int(100))} size=${rng.range(100, 99999)} evictions=${rng.int(500)} since ${isoTimestamp(rng.range(1700000000000, 1710000000000))}`;
    case 7:
      return `settlement batch ${rng.range(20240101, 20241231)} processed ${rng.range(100, 99999)} records in ${(rng.range(100, 99999) / 1000).toFixed(1)}s total=${amount(rng)} ${rng.pick(CURRENCIES)}`;
    case 8:
      return `${rng.pick(PROSE)} (merchant M${rng.range(1000, 9999)}, took ${rng.range(1, 999)} ms)`;
    default:
      return `user ${rng.range(1000, 99999)} logged in from 10.${rng.int(256)}.${rng.int(256)}.${rng.int(256)} session=${rng.hex(16)} ttl=${rng.pick([900, 1800, 3600])}`;
  }
}

function alipayStatus(e: BenchEntry): string {
  return e.outcome === 'success' ? 'S' : e.outcome === 'failure' ? 'F' : e.outcome === 'pending' && e.code !== 'PAYMENT_IN_PROCESS' ? 'A' : 'U';
}

/** A gateway's human-readable message: never the code itself, which would plant a second occurrence. */
function messageOf(e: BenchEntry & { description?: string }): string {
  const text = [e.message, e.name, e.description].find((t) => t !== undefined && t !== e.code && !/^[A-Z0-9_]+$/.test(t));
  return (text ?? 'The request could not be processed').replace(/"/g, "'").slice(0, 80);
}

/** One line with gateway codes in realistic positions, and how many codes it plants. */
function codeLine(rng: Rng, ms: number, p: Pools): [string, number] {
  const r = rng.int(100);
  if (r < 28) {
    const e = rng.pick(p.alipayResult);
    const body = JSON.stringify({
      result: { resultCode: e.code, resultStatus: alipayStatus(e), resultMessage: messageOf(e) },
      paymentId: `2024031411121280010016${rng.range(100000, 999999)}`,
      paymentAmount: { currency: rng.pick(CURRENCIES), value: amount(rng) },
    });
    if (rng.chance(0.7)) return [springPrefix(rng, ms, e.outcome === 'success' ? 'INFO' : 'WARN', 'c.e.p.gateway.AlipayPlusClient') + `Alipay+ pay response: ${body}`, 2];
    return [JSON.stringify({ ts: isoTimestamp(ms), level: 'info', pid: pid(rng), svc: 'payment-gateway', msg: 'alipay+ response', response: JSON.parse(body) }), 2];
  }
  if (r < 58) {
    const e = rng.pick(p.snap);
    if (rng.chance(0.5)) {
      return [springPrefix(rng, ms, e.outcome === 'success' ? 'INFO' : 'WARN', 'c.e.p.gateway.DokuSnapClient') + `DOKU SNAP POST /snap-adapter/b2b2c/v1.0/debit/payment-host-to-host responseCode=${e.code} responseMessage="${messageOf(e)}" partnerReferenceNo=INV-${rng.range(100000, 999999)} took ${rng.range(50, 4000)} ms`, 1];
    }
    const body = JSON.stringify({ responseCode: e.code, responseMessage: messageOf(e), virtualAccountData: { partnerServiceId: `  ${rng.range(10000, 99999)}`, customerNo: String(rng.range(1000000, 9999999)), trxId: `INV-${rng.range(100000, 999999)}` } });
    return [springPrefix(rng, ms, 'INFO', 'c.e.p.gateway.DokuSnapClient') + `DOKU response body: ${body}`, 1];
  }
  if (r < 68) {
    const e = rng.pick(p.card);
    if (rng.chance(0.5)) {
      return [springPrefix(rng, ms, 'INFO', 'c.e.p.gateway.DokuCardClient') + `ISO8583 MTI=0210 stan=${rng.range(100000, 999999)} rrn=${rng.range(100000000000, 999999999999)} amount=${amount(rng)} response_code=${e.code} acquirer=BNI`, 1];
    }
    return [springPrefix(rng, ms, 'INFO', 'c.e.p.gateway.DokuCardClient') + `DOKU card response: {"order":{"invoice_number":"INV-${rng.range(100000, 999999)}","amount":${rng.range(10, 9999) * 1000}},"response_code":"${e.code}","approval_code":"${rng.range(100000, 999999)}"}`, 1];
  }
  if (r < 72) {
    const e = rng.pick(p.cardString);
    return [springPrefix(rng, ms, 'ERROR', 'c.e.p.gateway.DokuCardClient') + `DOKU card payment failed: {"error":{"code":"${e.code}","message":"${messageOf(e)}"},"invoice_number":"INV-${rng.range(100000, 999999)}"}`, 1];
  }
  if (r < 88) {
    const e = rng.pick(p.portone);
    if (rng.chance(0.5)) {
      return [springPrefix(rng, ms, 'WARN', 'c.e.p.gateway.PortOneClient') + `PortOne API error {"status_code": ${e.code}, "message": "${messageOf(e)}", "imp_uid": "imp_${rng.range(100000000000, 999999999999)}"}`, 1];
    }
    return [JSON.stringify({ ts: isoTimestamp(ms), level: 'warn', pid: pid(rng), svc: 'payment-gateway', msg: 'portone error', status_code: Number(e.code), merchant_uid: `ORD-${rng.range(100000, 999999)}` }), 1];
  }
  if (r < 96) {
    const e = rng.pick(p.setel);
    return [springPrefix(rng, ms, 'WARN', 'c.e.p.gateway.SetelClient') + `Setel checkout failed: errorCode=${e.code} message="${messageOf(e)}" orderId=${rng.hex(24)} amount=${amount(rng)} MYR`, 1];
  }
  const e = rng.pick(p.akinon);
  return [JSON.stringify({ ts: isoTimestamp(ms), level: 'error', pid: pid(rng), svc: 'checkout-api', msg: 'akinon session creation failed', body: { error_code: e.code, non_field_errors: [messageOf(e)] } }), 1];
}
