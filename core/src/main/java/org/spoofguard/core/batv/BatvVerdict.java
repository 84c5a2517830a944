package org.spoofguard.core.batv;

/**
 * What BATV says about a bounce addressed to one of our envelope senders.
 *
 * @param valid the address carries a signature we made, not yet expired
 * @param original the unsigned address the bounce is really for ("" when not a prvs address)
 * @param reason why, for the SMTP reply and the log
 */
public record BatvVerdict(boolean valid, String original, String reason) {
    static BatvVerdict valid(String original) {
        return new BatvVerdict(true, original, "valid BATV signature");
    }

    static BatvVerdict invalid(String original, String reason) {
        return new BatvVerdict(false, original, reason);
    }
}
