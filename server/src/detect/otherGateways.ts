// Gateways PayCodes has no catalog for. A file that names one of them (and none of ours) belongs to it, and
// its short codes are its own: Payway's `5000` is a success, not PortOne's PAYMENT_SYSTEM_ERROR. Only the
// ISO 8583 standard's codes still count there, with a response-code name or a map of codes; where the gateway
// numbers its own answers with two digits (numbersOwnAnswers), only under a name for the issuer's answer.
// Each entry: how the gateway is called in a hover, what names it in code (as in catalogs' `signals`), and
// what else holds for it (Traits).

interface Traits {
  /** The bundled provider whose name it shares, which a file naming it does not talk to. */
  shadows?: string;
  /**
   * It numbers its own answers with two digits, in fields as generic as ISO 8583's: Flutterwave's
   * `response_code: "02"` is "Transaction in progress", Duitku's `statusCode == "01"` pending, VNPay's IPN
   * `RspCode: '01'` "order not found", Paylabs' `status` "02" paid, Digiflazz's `rc` "03" pending; Moneris'
   * three-digit `ResponseCode`, compared as a number (`== 27`), is an approval. In its files a two-digit code
   * under such a name is its own.
   */
  ownTwoDigitCodes?: true;
}

const GATEWAYS: readonly (readonly [string, readonly string[], Traits?])[] = [
  ['Stripe', ['stripe']],
  ['Adyen', ['adyen']],
  ['Braintree', ['braintree']],
  ['Worldpay', ['worldpay']],
  ['Xendit', ['xendit']],
  ['Midtrans', ['midtrans', 'veritrans']],
  ['PayWay', ['payway']],
  ['Sage Pay', ['sagepay', 'opayo']],
  ['Heartland', ['heartland']],
  ['First Data', ['firstdata', 'first_data', 'payeezy']],
  ['NestPay', ['nestpay']],
  ['Global Payments', ['globalpayments', 'global_payments', 'realex']],
  ['Authorize.Net', ['authorizenet', 'authorize.net']],
  ['PayPal', ['paypal']],
  ['Square', ['squareup']],
  ['Razorpay', ['razorpay']],
  ['Paystack', ['paystack']],
  ['Flutterwave', ['flutterwave'], { ownTwoDigitCodes: true }],
  ['Mollie', ['mollie']],
  ['Klarna', ['klarna']],
  ['Checkout.com', ['checkout.com', 'checkout_sdk']],
  ['CyberSource', ['cybersource']],
  ['Elavon', ['elavon']],
  ['Moneris', ['moneris'], { ownTwoDigitCodes: true }],
  ['PayU', ['payu']],
  ['iyzico', ['iyzico', 'iyzipay']],
  ['Paytm', ['paytm']],
  ['Mercado Pago', ['mercadopago']],
  ['2C2P', ['2c2p']],
  ['Omise', ['omise']],
  ['Toss Payments', ['tosspayments']],
  ['Duitku', ['duitku'], { ownTwoDigitCodes: true }],
  ['VNPay', ['vnpay', 'vnp_responsecode', 'vnp_txnref'], { ownTwoDigitCodes: true }],
  ['Paylabs', ['paylabs'], { ownTwoDigitCodes: true }],
  ['Digiflazz', ['digiflazz'], { ownTwoDigitCodes: true }],
  // Same names as bundled gateways, other products with other codes.
  ['Alipay (China)', ['com.alipay.api', 'openapi.alipay.com', 'alipaydev.com', 'alipay.trade.', 'smartwalle/alipay', 'omnipay\\alipay'], { shadows: 'alipayplus' }],
  ['PortOne Korea', ['api.portone.io', 'portone-io', '@portone/server-sdk', '@portone/browser-sdk', 'iamport.kr', 'imp_uid'], { shadows: 'portone' }],
];

export interface OtherGateways {
  names: string[];
  /** Bundled providers whose namesakes these are (PortOne Korea for `portone`). */
  shadowed: Set<string>;
}

const OWN_TWO_DIGIT_CODES = new Set(GATEWAYS.filter(([, , traits]) => traits?.ownTwoDigitCodes).map(([name]) => name));

/** Whether the gateway numbers its own answers with two digits (Traits.ownTwoDigitCodes). */
export function numbersOwnAnswers(gateway: string): boolean {
  return OWN_TWO_DIGIT_CODES.has(gateway);
}

/** Every word that names a gateway without a catalog. */
export const OTHER_GATEWAY_WORDS: readonly string[] = GATEWAYS.flatMap(([, words]) => words);

/** The gateways without a catalog that a text names, in the list's order. */
export function otherGatewaysNamed(names: (word: string) => boolean): OtherGateways {
  const named = GATEWAYS.filter(([, words]) => words.some(names));
  return { names: named.map(([name]) => name), shadowed: new Set(named.flatMap(([, , traits]) => (traits?.shadows ? [traits.shadows] : []))) };
}
