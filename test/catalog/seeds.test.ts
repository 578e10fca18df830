// Every code of every seed document is in the catalogs with the seed's words. The seeds are parsed here on
// their own, with none of the generator's code, so a parser bug there cannot hide itself.
import { strict as assert } from 'node:assert';
import { only, readCatalog, seedLines } from './catalogs';

const SNAP_STANDARD_URL = 'https://apidevportal.aspi-indonesia.or.id/api-services/transfer-kredit/virtual-account';

describe('seed: Setel Checkout (000)', () => {
  const entries = readCatalog('setel').entries;
  const rows = seedLines('000_98bda7b524bce99b.txt').filter((l) => /^9300\d{3}[A-Z]/.test(l));

  it('has one entry per code line, whose code + name + message spell the line', () => {
    assert.ok(rows.length >= 30, `only ${rows.length} code lines found`);
    assert.equal(entries.length, rows.length);
    for (const row of rows) {
      const e = only(entries, row.slice(0, 7), { family: 'checkout', group: 'Checkout' });
      assert.equal(`${e.code}${e.name}${e.message}`, row);
      assert.match(e.name ?? '', /^[A-Z0-9]+(_[A-Z0-9]+)*$/);
      assert.match(e.message ?? '', /^[A-Z].*[a-z]/);
    }
  });

  it('splits names from messages that open with an acronym', () => {
    assert.deepEqual(pick(only(entries, '9300013')), ['JWT_TOKEN_EXPIRED', 'JWT token expired']);
    assert.deepEqual(pick(only(entries, '9300400')), ['API_KEY_NOT_FOUND', 'API key not found']);
    assert.deepEqual(pick(only(entries, '9300114')), ['MISSING_PIN_TOKEN', 'PIN token is required for this method']);
  });

  const pick = (e: { name?: string; message?: string }) => [e.name, e.message];
});

describe('seed: Alipay+ (001)', () => {
  const entries = readCatalog('alipayplus').entries;
  const lines = seedLines('001_fc99854404158bd6.txt');

  it('has every resultCode row with its status, description and resolution; common codes in group common', () => {
    let common = false;
    let rows = 0;
    for (const line of lines) {
      if (line === 'Common Error Codes') common = true;
      if (/-Specific Error Codes$/.test(line)) common = false;
      const cells = /^\|?\s*([A-Z_]+)\s*\|\s*([SFUA])\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(line);
      if (!cells || cells[1] === 'Code') continue;
      rows++;
      const e = only(entries, cells[1], { family: 'result' });
      assert.deepEqual([e.resultStatus, e.description, e.resolution], [cells[2], cells[3], cells[4]], cells[1]);
      assert.equal(e.group === 'common', common, `${cells[1]} group ${e.group}`);
    }
    assert.equal(rows, 47);
    // Plus SUCCESS, which the seed does not list (catalogs/README.md, "Alipay+ resultCode SUCCESS").
    const fromSeed = entries.filter((e) => e.family === 'result' && e.source === '001_fc99854404158bd6.txt');
    assert.equal(fromSeed.length, rows);
    assert.deepEqual(entries.filter((e) => e.family === 'result' && !fromSeed.includes(e)).map((e) => [e.code, e.resultStatus, e.outcome]), [['SUCCESS', 'S', 'success']]);
  });

  it('groups API-specific codes by their section', () => {
    assert.equal(only(entries, 'PAYMENT_IN_PROCESS').group, 'Payment Creation');
    assert.equal(only(entries, 'REFUND_IN_PROCESS').group, 'Refunds');
    assert.equal(only(entries, 'USED_CODE').group, 'Authorization');
    assert.equal(only(entries, 'SENDING').group, 'Message');
    assert.equal(only(entries, 'SYSTEM_BUSY').category, 'Rate Limiting');
  });

  it('has the four resultStatus values with meaning and action', () => {
    const rows = lines.map((l) => /^([SFUA]) \| (\w+) \| (.+?) \|$/.exec(l)).filter((m) => m !== null);
    assert.equal(rows.length, 4);
    for (const [, status, meaning, action] of rows) {
      const e = only(entries, status, { family: 'resultStatus' });
      assert.deepEqual([e.name, e.description], [meaning, action]);
    }
  });
});

describe('seed: Akinon payment session creation (002)', () => {
  const entries = readCatalog('akinon').entries;
  const text = seedLines('002_b0de84e6e46b4412.txt').join(' ').replace(/\s+/g, ' ').replace(/ ([,.])/g, '$1');

  it('has the three known error codes on the cases they belong to', () => {
    assert.match(only(entries, 'INVALID_USER_FOR_PAYMENT_SESSION').description ?? '', /does not match the session_owner_id/);
    assert.match(only(entries, 'USER_NOT_FOUND').description ?? '', /no user is found/);
    assert.match(only(entries, 'AMOUNTS_DONT_MATCH').description ?? '', /does not match the amount parameter/);
  });

  it('has every other documented case once, with code null and the seed description', () => {
    const uncoded = entries.filter((e) => e.code === null);
    assert.equal(uncoded.length, 5);
    for (const phrase of ['total_product_amount parameter', 'total_amount parameter', 'total_discount_amount parameter than', 'amount value becomes 0', 'previously used order number']) {
      assert.equal(uncoded.filter((e) => e.description?.includes(phrase)).length, 1, phrase);
    }
  });

  it('quotes the seed: every description is seed text, every "If …" case is described', () => {
    for (const e of entries) assert.ok(text.includes(e.description ?? '<none>'), e.description);
    const cases = text.match(/(If |Values for )[^.]*\./g) ?? [];
    assert.ok(cases.length >= 7);
    for (const c of cases) assert.ok(entries.some((e) => e.description?.includes(c)), c);
  });
});

describe('seed: PortOne Cloud (003)', () => {
  const entries = readCatalog('portone').entries;
  const lines = seedLines('003_a12cb08356af2edc.txt');

  it('has every table row, name unescaped, with its series heading as category', () => {
    let heading = '';
    let rows = 0;
    for (const line of lines) {
      const h = /^### (\d{4} Series - .+?)\s+\[Skip link/.exec(line);
      if (h) heading = h[1];
      const row = /^\| (\d{4}) \| (.+) \|$/.exec(line);
      if (!row) continue;
      rows++;
      const name = row[2].replace(/\\/g, '');
      const e = only(entries, row[1], { name });
      assert.equal(e.group, 'common');
      assert.equal(e.category, heading);
    }
    assert.equal(rows, 135);
    assert.equal(entries.length, rows + 2);
  });

  it('keeps both 4081 entries', () => {
    assert.deepEqual(entries.filter((e) => e.code === '4081').map((e) => e.name).sort(), ['PARTIAL_REFUND_NOT_ALLOWED', 'ROLE_NOT_ALLOWED']);
  });

  it('has the 1000 (pending) and 2000 (success) series', () => {
    assert.equal(only(entries, '1000').name, 'PENDING');
    assert.equal(only(entries, '2000').name, 'SUCCESS');
    assert.match(only(entries, '1000').description ?? '', /still in the pending stage/);
  });
});

describe('seed: DOKU (004)', () => {
  const entries = readCatalog('doku').entries;
  const iso = readCatalog('iso8583').entries;
  const sections = new Map<string, string[]>();
  let current = '';
  for (const line of seedLines('004_7fe0917d43904855.txt')) {
    const h = /^\d\. (.+)$/.exec(line);
    if (line === 'Last updated') break;
    if (h) sections.set((current = h[1]), []);
    else if (current && line) sections.get(current)?.push(line);
  }
  const section = (name: string): string[] => sections.get(name) ?? assert.fail(`no section ${name}`);

  it('has every ISO 8583 card code in the ISO 8583 catalog with its text, category, network and DOKU as source', () => {
    const lines = section('Credit Card');
    let count = 0;
    for (let i = 0; i < lines.length; i++) {
      if (!/^[0-9A-Z]{2}$/.test(lines[i]) || !/^(Issuer|Generic)/.test(lines[i + 2] ?? '')) continue;
      count++;
      const network = / \(applies for (VISA|MASTERCARD)\)$/.exec(lines[i + 1])?.[1];
      const name = lines[i + 1].replace(/ \(applies for (VISA|MASTERCARD)\)$/, '');
      const e = only(iso, lines[i], { family: 'iso8583', name });
      assert.equal(e.category, lines[i + 2]);
      assert.deepEqual(e.appliesTo, network ? [network] : undefined, `${lines[i]} ${name}`);
      assert.ok(e.source.startsWith('004_7fe0917d43904855.txt'), e.source);
    }
    assert.equal(count, 88);
    // The rest are ISO 8583:1987 values DOKU does not list (catalogs/README.md), none of them a code DOKU words.
    const fromDoku = iso.filter((e) => e.source.startsWith('004_7fe0917d43904855.txt'));
    assert.equal(fromDoku.length, count);
    const dokuCodes = new Set(fromDoku.map((e) => e.code));
    assert.deepEqual(iso.filter((e) => !fromDoku.includes(e) && dokuCodes.has(e.code)), []);
    for (const code of ['70', '76', '78', '79', '80', '81', '82', '89']) {
      assert.deepEqual(iso.filter((e) => e.code === code).map((e) => e.appliesTo?.[0]).sort(), ['MASTERCARD', 'VISA'], code);
    }
    assert.equal(only(iso, '05').name, 'Do not honor');
    assert.deepEqual(entries.filter((e) => /^[0-9A-Z]{2}$/.test(e.code ?? '')), [], 'DOKU keeps no ISO 8583 code of its own');
  });

  it('has every card string code with its description', () => {
    const lines = section('Credit Card');
    const codes = lines.map((l, i) => [l, lines[i + 1]]).filter(([l]) => /^[A-Z0-9]+(_[A-Z0-9]+)+$/.test(l));
    assert.equal(codes[0][0], 'INVALID_PARAMETER');
    assert.equal(codes.at(-1)?.[0], 'NOT_ALLOWED_AUTHRES');
    for (const [code, description] of codes) assert.equal(only(entries, code, { family: 'card-string' }).description, description);
    assert.equal(entries.filter((e) => e.family === 'card-string').length, codes.length);
  });

  // The service codes each section's templates stand for (catalogs/README.md).
  const SERVICES: Record<string, string[]> = {
    'Virtual Account': ['24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35'],
    'e-Wallet': ['07', '09', '11', '54', '55', '56', '58'],
    'Direct Debit': ['01', '04', '05', '07', '09', '11', '54', '55', '56', '58'],
    QRIS: ['47', '48', '50', '51', '77', '78'],
  };
  // Same message up to placeholders ({field name}, {{param}}, [reason], (name_field)), punctuation and case.
  const words = (s: string) => s.replace(/\{\{?[^}]*\}\}?|\[[^\]]*\]|\([a-z_ ]+\)/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

  for (const [name, services] of Object.entries(SERVICES)) {
    it(`expands every ${name} template over services ${services.join(', ')}, keeping its words`, () => {
      const lines = section(name);
      const templates = new Set<string>();
      for (let i = 0; i < lines.length; i++) {
        const head = /^(\d{3})XX$/.exec(lines[i]);
        if (!head || !/^\d{2}$/.test(lines[i + 1])) continue;
        const [http, caseCode, text] = [head[1], lines[i + 1], lines[i + 2]];
        templates.add(`${http}XX${caseCode}`);
        for (const service of services) {
          const e = only(entries, `${http}${service}${caseCode}`, { group: name });
          assert.deepEqual([e.template, e.serviceCode, e.caseCode, e.httpStatus], [`${http}XX${caseCode}`, service, caseCode, Number(http)]);
          const wordings = [e.name ?? '', ...(e.message?.split(' / ') ?? [])];
          assert.ok(wordings.includes(text) || wordings.some((w) => words(w) === words(text)), `${e.code}: "${text}" not in ${wordings}`);
          assert.ok(e.source.startsWith('004_7fe0917d43904855.txt'), e.source);
          assert.ok(e.serviceName, e.source);
        }
      }
      assert.ok(templates.size >= 6);
      const extra = entries.filter((e) => e.group === name && !templates.has(e.template ?? ''));
      for (const e of extra) assert.equal(e.source, SNAP_STANDARD_URL, `${e.code} is neither in the seed nor the SNAP standard`);
      assert.deepEqual([...new Set(entries.filter((e) => e.group === name).map((e) => e.serviceCode))].sort(), services);
    });
  }

  it('keeps the Virtual Account descriptions and merges QRIS wordings instead of dropping them', () => {
    assert.equal(only(entries, '4012703', { group: 'Virtual Account' }).description, 'Token not found in the system. This occurs on any API that requires token as input parameter');
    const unauthorized = only(entries, '4014700', { group: 'QRIS' });
    assert.match(unauthorized.message ?? '', /Signature Not Match/);
    assert.match(unauthorized.message ?? '', /Unknown Client/);
    const format = only(entries, '4005101', { group: 'QRIS' });
    for (const w of ['Invalid Field Format (name_field)', 'Amount not match', 'feeAmount not match']) assert.ok(format.message?.split(' / ').includes(w), w);
  });

  it('has every Kirim DOKU code as given, with its words and its parts', () => {
    const lines = section('Kirim DOKU');
    let count = 0;
    for (let i = 0; i < lines.length; i++) {
      if (!/^\d{3}$/.test(lines[i]) || !/^\d{7}$/.test(lines[i + 1])) continue;
      count++;
      const [http, code, name, description] = [lines[i], lines[i + 1], lines[i + 2], lines[i + 3]];
      const e = only(entries, code, { group: 'Kirim DOKU' });
      assert.deepEqual(
        [e.httpStatus, e.name, e.serviceCode, e.caseCode, e.template, e.source],
        [Number(http), name, code.slice(3, 5), code.slice(5), `${http}XX${code.slice(5)}`, '004_7fe0917d43904855.txt'],
      );
      assert.ok(e.serviceName, code);
      assert.ok(e.description?.startsWith(description), code);
    }
    assert.equal(count, 68);
  });

  it('explains 4034314 as HTTP 403 · service 43 Transfer to Bank payment · case 14 Insufficient Funds', () => {
    const e = only(entries, '4034314');
    assert.equal(e.httpStatus, 403);
    assert.equal(e.serviceCode, '43');
    assert.match(e.serviceName ?? '', /^Transfer to Bank-Payment/);
    assert.equal(e.caseCode, '14');
    assert.equal(e.name, 'Insufficient Funds');
  });
});
