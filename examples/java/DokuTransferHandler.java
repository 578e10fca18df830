package com.example.checkout.doku;

import java.time.Duration;

/**
 * Kirim DOKU "Transfer to Bank" (SNAP service 43): decides what an order does after a transfer call.
 *
 * Try: hover 4034314 or 2004300; the switch below forgets 2024300 (still processing: poll),
 * 5004301 (retry with the same partnerReferenceNo) and 5044300 (timeout: unknown, poll):
 * see the warning and its quick fixes (Ctrl+.).
 */
public class DokuTransferHandler {

    private final TransferStatusClient statusClient;

    public DokuTransferHandler(TransferStatusClient statusClient) {
        this.statusClient = statusClient;
    }

    public PayoutState onTransferResponse(TransferResponse response) {
        switch (response.getResponseCode()) {
            case "2004300":
                return PayoutState.PAID;
            case "4034314":
                // Insufficient Funds in the merchant's DOKU balance: top up, then create a new payout.
                return PayoutState.FAILED;
            case "4094301":
                // the same partnerReferenceNo already succeeded
                return PayoutState.PAID;
            default:
                // A "failed" default here marks payouts that were actually sent as failed.
                return PayoutState.FAILED;
        }
    }

    public PayoutState recheck(String partnerReferenceNo) {
        TransferResponse status = statusClient.inquiry(partnerReferenceNo, Duration.ofSeconds(10));
        return onTransferResponse(status);
    }
}
