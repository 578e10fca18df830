// Card authorisation: ISO 8583 response codes, whichever acquirer answers ("05" keeps its zero).
//
// Try: hover "05" or "51"; the `when` forgets "91" and "96" (issuer or switch down: retry),
// see the warning and its quick fixes (Ctrl+.).
package com.example.cards

enum class Decision { APPROVED, DECLINED, RETRY_LATER, REVIEW }

fun decide(responseCode: String): Decision =
    when (responseCode) {
        "00" -> Decision.APPROVED
        "05", "14" -> Decision.DECLINED
        "51" -> Decision.RETRY_LATER
        else -> Decision.REVIEW
    }
