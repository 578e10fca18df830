// PortOne Cloud webhook: the payment's status_code decides the order's state.
//
// Try: hover 2000 or 4002; the switch forgets 1000 (PENDING: poll the payment status),
// see the warning and its quick fixes (Ctrl+.).
package payments

type OrderState int

const (
	Paid OrderState = iota
	Failed
	Pending
	Review
)

func OnPortOneStatus(statusCode string) OrderState {
	switch statusCode {
	case "2000":
		return Paid
	case "4001", "4014":
		return Failed
	case "4002":
		// DUPLICATE_TRANSACTION_ERROR: the first attempt may have gone through
		return Pending
	default:
		return Review
	}
}
