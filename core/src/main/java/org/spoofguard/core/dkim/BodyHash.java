package org.spoofguard.core.dkim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** One signature's body hash over canonicalized body bytes, honouring {@code l=} (RFC 6376 §3.5, §3.7). */
class BodyHash { // not final: tests record the canonical stream through it
    private final MessageDigest digest;
    private final long limit;
    private long seen;
    private byte[] result;

    /** @param limit the l= value, or -1 for the whole body */
    BodyHash(String digestName, long limit) {
        try {
            this.digest = MessageDigest.getInstance(digestName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks " + digestName, e);
        }
        this.limit = limit;
    }

    void update(byte[] buf, int off, int len) {
        if (limit >= 0) {
            long room = limit - Math.min(seen, limit);
            if (room > 0) {
                digest.update(buf, off, (int) Math.min(room, len));
            }
        } else {
            digest.update(buf, off, len);
        }
        seen += len;
    }

    void finish() {
        result = digest.digest();
    }

    byte[] hash() {
        return result;
    }

    /** Length of the whole canonicalized body, to tell l= shortfalls and unsigned appended content apart. */
    long canonicalLength() {
        return seen;
    }

    long limit() {
        return limit;
    }
}
