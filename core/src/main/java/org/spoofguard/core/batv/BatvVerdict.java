package org.spoofguard.core.batv;

/**
 * What BATV says about a bounce addressed to one of our envelope senders.
 *
 * @param valid the address carries a signature we made, not yet expired
 * @param original the unsigned address the bounce is really for ("" when not a prvs address)
 * @param reason why, for the SMTP reply and the log
 */
public record BatvVerdict(boolean valid, String original, String reason) {
    static final String BAD_SIGNATURE = "bad signature";
    static final String UNTAGGABLE = "never signed: no room for a tag (RFC 5321 §4.5.3.1.1) or a quoted local part";

    static BatvVerdict valid(String original) {
        return new BatvVerdict(true, original, "valid BATV signature");
    }

    /**
     * A tag in our form, with a key we have and a day inside the validity window, whose hash is not ours: what a
     * forger guessing the 24 bits of the hash gets (an unsigned, expired or unknown-key address is backscatter or a
     * stale tag, never a guess that could succeed).
     */
    public boolean forged() {
        return !valid && BAD_SIGNATURE.equals(reason);
    }

    /**
     * An unsigned address we never sign ({@link BatvAddress#taggable}): its real bounces come back to it bare, so
     * BATV cannot tell them from backscatter and must not refuse them.
     */
    public boolean untaggable() {
        return !valid && UNTAGGABLE.equals(reason);
    }

    static BatvVerdict invalid(String original, String reason) {
        return new BatvVerdict(false, original, reason);
    }
}
