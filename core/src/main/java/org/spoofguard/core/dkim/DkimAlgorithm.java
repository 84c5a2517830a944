package org.spoofguard.core.dkim;

import java.util.Optional;

/** Signing algorithms: RFC 6376 §3.3 (rsa-sha1, rsa-sha256) and RFC 8463 (ed25519-sha256). */
public enum DkimAlgorithm {
    RSA_SHA256("rsa-sha256", "rsa", "sha256", "SHA-256", "SHA256withRSA"),
    /** Still understood so it can be reported, but never a pass: RFC 8301 §3.1. */
    RSA_SHA1("rsa-sha1", "rsa", "sha1", "SHA-1", "SHA1withRSA"),
    ED25519_SHA256("ed25519-sha256", "ed25519", "sha256", "SHA-256", "Ed25519");

    private final String tag;
    private final String keyType;
    private final String hashTag;
    private final String digestName;
    private final String jcaSignature;

    DkimAlgorithm(String tag, String keyType, String hashTag, String digestName, String jcaSignature) {
        this.tag = tag;
        this.keyType = keyType;
        this.hashTag = hashTag;
        this.digestName = digestName;
        this.jcaSignature = jcaSignature;
    }

    /** The a= value. */
    public String tag() {
        return tag;
    }

    /** The key record's k= value this algorithm needs. */
    public String keyType() {
        return keyType;
    }

    /** The key record's h= name of the hash. */
    String hashTag() {
        return hashTag;
    }

    String digestName() {
        return digestName;
    }

    String jcaSignature() {
        return jcaSignature;
    }

    public static Optional<DkimAlgorithm> fromTag(String tag) {
        for (DkimAlgorithm a : values()) {
            if (a.tag.equalsIgnoreCase(tag)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
