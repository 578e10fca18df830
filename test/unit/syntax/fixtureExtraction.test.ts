// What extraction reads out of each fixture: headers, discriminant names, forms, labels, constants, defaults.
import { strict as assert } from 'node:assert';
import { newService, parseText, switchFixtures } from './syntaxHelpers';
import { siteSummary } from './siteSummary';

const expected: Record<string, string[]> = {
  'csharp/GatewayResults.cs': [
    'switch (response.Result.ResponseCode) → ResponseCode, statement clause: Approved="00", "05", "51", "91"; default',
    'response.StatusCode switch → StatusCode, expression rule: 0, 1 | 2, NetworkTimeout=68',
    'method switch → method, expression rule: "GET", "POST"; default',
  ],
  'go/akinon.go': [
    'switch resp.ResultCode → ResultCode, statement clause: "00", "51" | "54", StatusPending="PENDING"; default',
    'switch code := resp.StatusCode; code → code, statement clause: 2000, CodeTimeout=4041',
    'switch r.Method → Method, statement clause: MethodGet | MethodHead',
  ],
  'java/AlipayPaymentHandler.java': [
    'switch (resp.getResult().getResultCode()) → resultCode, statement clause: "SUCCESS", "ACCESS_DENIED", "INVALID_SIGNATURE", ORDER_NOT_EXIST="ORDER_NOT_EXIST"; default // paycodes: default handles retries',
    'switch (resp.getResult().getResultStatus()) → resultStatus, statement clause: "F"; default',
    'switch (refund.getResponseCode()) → responseCode, expression rule: 2005800, 4005801 | 4005802; default',
    'switch (event.resultCode()) → resultCode, statement rule: "SUCCESS", UNKNOWN="UNKNOWN_EXCEPTION"',
    'switch (month) → month, statement clause: FEBRUARY, APRIL | JUNE | SEPTEMBER | NOVEMBER; default',
  ],
  'java/Describe.java': [
    'switch (responseCode) → responseCode, expression rule: "00", "51", "96"; default',
    'switch (responseCode) → responseCode, statement clause: "00", "05"; default',
    'if ("00".equals(responseCode)) → responseCode, chain statement clause: "00", "51"; default',
    'switch (responseCode) → responseCode, statement clause: "00", "05"; default',
  ],
  'java/SnapInquiry.java': ['switch (responseCode) → responseCode, statement clause: "2005500", "4045501"'],
  'javascript/portoneStatus.js': [
    'switch (response.code) → code, statement clause: 0, other(-1), 1001',
    'switch (req.method) → method, statement clause: "GET", "DELETE"; default',
  ],
  'kotlin/PortOnePayments.kt': [
    'when (payload.status) → status, expression rule: "PAID", "FAILED" | "CANCELLED", NOT_PAID="NOT_PAID"; default // paycodes: default handles retries',
    'when (response.getCode()) → code, expression rule: 1000, 1001 | 1002, GATEWAY_TIMEOUT=1004; default',
    'when (request.method) → method, expression rule: "GET", "POST"; default',
    'when (resultCode) → resultCode, expression rule: "PAY_PROCESS", "PAID"',
  ],
  'php/doku_callback.php': [
    `switch ($resp['responseCode']) → responseCode, statement clause: DOKU_SUCCESS='2005600', INVALID_SIGNATURE="4015600", '4035605'; default`,
    `match ($response->getCode()) → code, expression rule: '2005600', '4045601'`,
    'match ($m) → m, expression rule: 1, 2; default',
  ],
  'python/alipay_plus.py': [
    'match notification["result"]["resultCode"] → resultCode, statement clause: SUCCESS="SUCCESS", "ORDER_IS_CLOSED" | "ORDER_NOT_EXIST", "USER_BALANCE_NOT_ENOUGH"; default # paycodes: default handles retries',
    `match response.result_code → result_code, statement clause: 'SUCCESS', 'REFUND_IN_PROCESS'`,
    'match day → day, statement clause: 1, 7; default',
  ],
  'ruby/portone_webhook.rb': [
    `case payload['status'] → status, expression clause: PAID='PAID', 'FAILED' | 'CANCELLED', VIRTUAL_ACCOUNT_ISSUED='VIRTUAL_ACCOUNT_ISSUED'; default # paycodes: default handles retries`,
    'case response.code → code, expression clause: 0, 1001',
    `case request.request_method → request_method, expression clause: 'GET'; default`,
  ],
  'typescript/dokuCheckout.ts': [
    `switch (resp.responseCode) → responseCode, statement clause: SUCCESS='2005400', Unauthorized='4015400', Declined='4035405', '4045401'; default`,
    'switch (httpStatus) → httpStatus, statement clause: 429, 503; default',
    'switch (resp["responseCode"]) → responseCode, statement clause: "2005400", "4045401"',
  ],
  'typescript/PaymentBadge.tsx': [`switch (resultCode) → resultCode, statement clause: 'SUCCESS', 'USER_BALANCE_NOT_ENOUGH'; default`],
  'csharp/Chains.cs': [
    "if (status == ResultStatusType.S) → status, chain statement clause: S=S, F=F",
    "if (responseCode == \"2002400\") → responseCode, chain statement clause: \"2002400\", \"5042400\", \"200240\"; default",
    "if (rc.StartsWith(\"200\")) → rc, chain statement clause: \"200\"…; default",
    "switch (responseCode) → responseCode, statement clause: \"2002400\", \"4012400\"; default",
    'if (status == ResultStatusType.F) → status, chain statement clause: F=F, S=S',
    'if (responseCode != null && httpStatus == "200") → responseCode, chain statement clause: "200"…; default',
  ],
  'go/chains.go': [
    "if status == ResultStatusType_S → status, chain statement clause: ResultStatusType_S=\"S\", ResultStatusType_F=\"F\"",
    "if responseCode == \"2002400\" → responseCode, chain statement clause: \"2002400\", \"5042400\", \"200240\"; default",
    "if strings.HasPrefix(rc, \"200\") → rc, chain statement clause: \"200\"…; default",
    "switch responseCode → responseCode, statement clause: \"2002400\", \"4012400\"",
    "{\"S\": onPaid, \"F\": onFailed}[resultStatus → resultStatus, map expression rule: \"S\", \"F\"",
    'if status == ResultStatusType_F → status, chain statement clause: ResultStatusType_F="F", ResultStatusType_S="S"',
    'if ok && httpStatus == "200" → responseCode, chain statement clause: "200"…; default',
  ],
  'java/Chains.java': [
    "if (ResultStatusType.S.equals(status)) → status, chain statement clause: S=S, F=F",
    "switch (status) → status, statement clause: S=S, F=F; default",
    "switch (result) → result, statement clause: SYSTEM_BUSY=SYSTEM_BUSY, ORDER_IS_CLOSED=ORDER_IS_CLOSED, INSUFFICIENT_BALANCE=INSUFFICIENT_BALANCE; default",
    "if (\"2002400\".equals(responseCode)) → responseCode, chain statement clause: \"2002400\", \"5042400\", \"200240\"; default",
    "if (rc.startsWith(\"200\")) → rc, chain statement clause: \"200\"…; default",
    "if (responseCode.equals(\"2002400\")) → responseCode, chain statement clause: \"2002400\", \"4012400\"",
    "switch (responseCode) → responseCode, statement clause: \"2002400\", \"4032406\"; default",
    'if (ResultStatusType.F.equals(status)) → status, chain statement clause: F=F, S=S',
    'if (ResultStatusType.F.equals(status)) → status, chain statement clause: F=F, U=U',
    'if (ResultStatusType.S.equals(status)) → status, chain statement clause: S=S, F=F; default',
    'if (ResultStatusType.S.equals(status)) → status, chain statement clause: S=S, F=F; default',
  ],
  'javascript/chains.js': [
    "if (['SUCCESS', 'ORDER_IS_CLOSED'].includes(resultCode)) → resultCode, chain statement clause: 'SUCCESS' | 'ORDER_IS_CLOSED', 'PAYMENT_IN_PROCESS' | 'SYSTEM_BUSY'",
    "{ S: onPaid, 'F': onFailed })[resultStatus → resultStatus, map expression rule: S, 'F'",
    "if (resultCode === 'SUCCESS') → resultCode, chain statement clause: 'SUCCESS', 'SYSTEM_BUSY'",
  ],
  'kotlin/Chains.kt': [
    "if (status == ResultStatusType.S) → status, chain statement clause: S=S, F=F",
    "if (responseCode == \"2002400\") → responseCode, chain statement clause: \"2002400\", \"5042400\", \"200240\"; default",
    "if (rc.startsWith(\"200\")) → rc, chain statement clause: \"200\"…; default",
    "if (responseCode == \"2002400\") → responseCode, chain statement clause: \"2002400\", \"4012400\"",
    'if (status == ResultStatusType.F) → status, chain statement clause: F=F, S=S',
    'if (responseCode != null && httpStatus == "200") → responseCode, chain statement clause: "200"…; default',
  ],
  'php/chains.php': [
    "if ($status === ResultStatusType::S) → status, chain statement clause: S='S', F='F'",
    "if ($responseCode === '2002400') → responseCode, chain statement clause: '2002400', '5042400', '200240'; default",
    "if (substr($rc, 0, 3) === '200') → rc, chain statement clause: '200'…; default",
    "if ($responseCode === '2002400') → responseCode, chain statement clause: '2002400', '4012400'",
    "['S' => 'onPaid', 'F' => 'onFailed'][$resultStatus → resultStatus, map expression rule: 'S', 'F'",
    "if (isset($response['responseCode']) && $httpPart === '200') → responseCode, chain statement clause: '200'…; default",
    "match ($responseCode) → responseCode, expression rule: '4012400', '4002402'; default",
    "switch ($responseCode) → responseCode, statement clause: '-2', '3', '5', '12', '14', '30', '1'; default",
    "if ($resultStatus === ResultStatusType::S) → resultStatus, chain statement clause: S='S', F='F'; default",
  ],
  'python/chains.py': [
    "if status == ResultStatusType.S → status, chain statement clause: S=\"S\", F=\"F\"",
    "if response_code == \"2002400\" → response_code, chain statement clause: \"2002400\", \"5042400\", \"200240\"; default",
    "if rc[:3] == \"200\" → rc, chain statement clause: \"200\"…; default",
    "if response_code == \"2002400\" → response_code, chain statement clause: \"2002400\", \"4012400\"",
    "{\"S\": on_paid, \"F\": on_failed}[result_status → result_status, map expression rule: \"S\", \"F\"",
    'if result_status == ResultStatusType.F → result_status, chain statement clause: F="F", S="S"',
    'if result_status == ResultStatusType.F → result_status, chain statement clause: F="F", U="U"',
    'if "responseCode" in response and http_part == "200" → responseCode, chain statement clause: "200"…; default',
  ],
  'ruby/chains.rb': [
    "if response_code == '2002400' → response_code, chain statement clause: '2002400', '5042400', '200240'; default",
    "if rc.start_with?('200') → rc, chain statement clause: '200'…; default",
    "case response_code → response_code, expression clause: '2002400', '4012400'; default",
    "if result_status == 'F' → result_status, chain statement clause: 'F', 'S'",
    "if response.key?('responseCode') && http_status == '200' → responseCode, chain statement clause: '200'…; default",
    "{ 'S' => method(:on_paid), 'F' => method(:on_failed) }[result_status → result_status, map expression rule: 'S', 'F'",
  ],
  'typescript/chains.ts': [
    "if (status === ResultStatusType.S) → status, chain statement clause: S='S', F='F'",
    "if (responseCode === '2002400') → responseCode, chain statement clause: '2002400', '5042400', '200240'; default",
    "if (rc.substring(0, 3) === '200') → rc, chain statement clause: '200'…; default",
    "switch (responseCode) → responseCode, statement clause: '2002400', '4012400'; default",
    "{ S: onPaid, F: onFailed })[resultStatus → resultStatus, map expression rule: S, F",
    "if (status === ResultStatusType.F) → status, chain statement clause: F='F', S='S'",
    "if (response.responseCode !== undefined && httpStatus === '200') → responseCode, chain statement clause: '200'…; default",
  ],
};

describe('switch extraction from the fixtures', () => {
  const service = newService();
  const fixtures = switchFixtures();

  it('has an expectation for every fixture', () => {
    assert.deepEqual(fixtures.map((f) => f.name).sort(), Object.keys(expected).sort());
  });

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const document = await parseText(service, fixture.languageId, fixture.text);
      assert.deepEqual(service.switches(document).map((site) => siteSummary(site, fixture.text)), expected[fixture.name]);
    });
  }
});
