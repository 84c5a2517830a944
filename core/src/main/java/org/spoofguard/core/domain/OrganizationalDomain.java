package org.spoofguard.core.domain;

import java.util.Locale;

import com.google.common.net.InternetDomainName;

/**
 * Organizational domain by the public suffix list (RFC 7489 §3.2): the public suffix plus one label.
 * Used for relaxed alignment (DMARC, bounce proof) and for "same organisation" comparisons.
 *
 * <p>The PSL algorithm's default rule is "*": an unknown TLD is itself a public suffix. Guava returns
 * no public suffix for such names (and throws for some inputs), so we apply the default rule here.
 */
public final class OrganizationalDomain {
    private OrganizationalDomain() {
    }

    /** Lower-cases and strips a trailing dot. */
    public static String normalize(String domain) {
        String d = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d;
    }

    /**
     * The organizational domain of {@code domain}; the input itself (normalized) when it cannot be
     * parsed as a domain name or is itself a public suffix.
     */
    public static String of(String domain) {
        String d = normalize(domain);
        if (d.isEmpty()) {
            return d;
        }
        try {
            InternetDomainName name = InternetDomainName.from(d);
            if (name.isPublicSuffix()) {
                return d;
            }
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
            // No known suffix: default rule "*", the last label is the suffix.
            int lastDot = d.lastIndexOf('.');
            if (lastDot < 0) {
                return d;
            }
            int previousDot = d.lastIndexOf('.', lastDot - 1);
            return d.substring(previousDot + 1);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return d;
        }
    }

    /** Relaxed alignment: same organizational domain (RFC 7489 §3.1). */
    public static boolean relaxedAligned(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        return na.equals(nb) || of(na).equals(of(nb));
    }

    /** Strict alignment: identical domains (RFC 7489 §3.1). */
    public static boolean strictAligned(String a, String b) {
        String na = normalize(a);
        return !na.isEmpty() && na.equals(normalize(b));
    }
}
