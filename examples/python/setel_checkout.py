"""Setel Checkout API: what a failed session call means for the order.

Try: hover 9300105; the match forgets, among others, 9300001 and 9300005 (transient server errors: retry),
see the warning and its quick fixes (Ctrl+.).
"""


def on_checkout_error(body: dict) -> str:
    match body["code"]:
        case 9300104:
            return "paid"
        case 9300105 | 9300106:
            return "start-new-session"
        case 9300110:
            return "fix-amount"
        case _:
            return "failed"
