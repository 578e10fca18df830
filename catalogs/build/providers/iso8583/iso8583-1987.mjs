// ISO 8583:1987 data element 39 (response code) values that DOKU's seed does not list. The standard's own text
// is sold by ISO; these are its terms as relayed by
// https://neapay.com/post/iso8583-response-codes-for-transaction-processing_100.html (ISO 8583-1987 table)
// and https://hex.pm/packages/iso_8583 (lib/iso_8583/message/response_status.ex). Values the standard reserves
// (45-50, 69-74 and 97-99 for ISO, private or national use) have no meaning of their own and are left out, so
// PayCodes stays silent on them. Each row: code, name, and the heading (`category`) a rule of catalogs/README.md reads.
export const ISO_8583_1987 = Object.freeze([
  ['09', 'Request in progress', 'Request in progress'],
  ['16', 'Approved, update track 3', 'Issuer approved'],
  ['17', 'Customer cancellation', 'Declined'],
  ['18', 'Customer dispute', 'Declined'],
  ['20', 'Invalid response', 'Declined'],
  ['22', 'Suspected malfunction', 'Declined'],
  ['23', 'Unacceptable transaction fee', 'Declined'],
  ['24', 'File update not supported by receiver', 'File update'],
  ['26', 'Duplicate file update record, old record replaced', 'File update'],
  ['27', 'File update field edit error', 'File update'],
  ['29', 'File update not successful, contact acquirer', 'File update'],
  ['31', 'Bank not supported by switch', 'Declined'],
  ['32', 'Completed partially', 'Declined'],
  ['33', 'Expired card, pick-up', 'Pick-up'],
  ['34', 'Suspected fraud, pick-up', 'Pick-up'],
  ['35', 'Card acceptor contact acquirer, pick-up', 'Pick-up'],
  ['36', 'Restricted card, pick-up', 'Pick-up'],
  ['37', 'Card acceptor call acquirer security, pick-up', 'Pick-up'],
  ['38', 'Allowable PIN tries exceeded, pick-up', 'Pick-up'],
  ['40', 'Requested function not supported', 'Declined'],
  ['42', 'No universal account', 'Declined'],
  ['44', 'No investment account', 'Declined'],
  ['56', 'No card record', 'Declined'],
  ['60', 'Card acceptor contact acquirer', 'Declined'],
  ['66', 'Card acceptor call acquirer\'s security department', 'Declined'],
  ['67', 'Hard capture (requires that card be picked up at ATM)', 'Pick-up'],
  ['68', 'Response received too late', 'Response too late'],
  ['95', 'Reconcile error', 'Declined'],
]);
