package org.spoofguard.core.dns;

/**
 * Outcome of one DNS question. Authentication protocols must tell "the record does not exist"
 * apart from "we could not find out": RFC 7208 §5, RFC 6376 §6.1.2 and RFC 7489 §6.6.3 all map
 * the latter to a temporary error, never to "none" or "fail".
 */
public enum DnsStatus {
    /** At least one record of the asked type. */
    OK,
    /** The name exists but has no record of this type (NOERROR, empty answer). */
    NODATA,
    /** The name does not exist (RCODE 3). */
    NXDOMAIN,
    /** No answer within the configured timeout and retries. */
    TIMEOUT,
    /** SERVFAIL, REFUSED, a malformed answer or any other failure to learn the truth. */
    SERVFAIL;

    /** True when the answer says something definite about the DNS (records or their absence). */
    public boolean isDefinite() {
        return this == OK || this == NODATA || this == NXDOMAIN;
    }

    /** RFC 7208 §4.6.4: a "void lookup" is one that returned no records (NODATA or NXDOMAIN). */
    public boolean isVoid() {
        return this == NODATA || this == NXDOMAIN;
    }
}
