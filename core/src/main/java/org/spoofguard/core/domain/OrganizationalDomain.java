package org.spoofguard.core.domain;

import java.net.IDN;
import java.util.Locale;

import com.google.common.net.InternetDomainName;
import org.spoofguard.core.net.DomainName;

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
     * The domain in lower-case A-label form (RFC 5890), so that U-label and A-label spellings of one
     * name compare equal during alignment. Returns "" when the input is not a usable host name
     * (empty label, over-long, address literal, characters outside LDH/underscore after IDNA
     * conversion): such a name can never be aligned with anything.
     */
    public static String toAscii(String domain) {
        return DomainName.ascii(domain).orElse("");
    }

    /**
     * The organizational domain of {@code domain}; the input itself (normalized) when it cannot be
     * parsed as a domain name or is itself a public suffix.
     */
    public static String of(String domain) {
        String d = normalize(domain);
        String ascii = toAscii(d);
        if (!ascii.isEmpty()) {
            // Guava's list holds U-label spellings; look up the Unicode form, answer in A-labels.
            String unicode;
            try {
                unicode = IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                unicode = ascii;
            }
            String org = ofUnicode(unicode);
            String orgAscii = toAscii(org);
            return orgAscii.isEmpty() ? ascii : orgAscii;
        }
        return ofUnicode(d);
    }

    private static String ofUnicode(String d) {
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
            // Guava refuses labels a DNS name may still carry ("-x", "x-", "_x"): the organisational domain is
            // found from the labels it accepts (RFC 7489 section 3.2 goes label by label), the refused ones lie
            // below it. Before, "-x.victim.com" was its own organisational domain and victim.com's policy unasked.
            int dot = d.indexOf('.');
            if (dot < 0 || dot == d.length() - 1) {
                return d;
            }
            String rest = d.substring(dot + 1);
            return isPublicSuffix(rest) ? d : ofUnicode(rest);
        }
    }

    /**
     * Is {@code domain} a public suffix by the public suffix list (ICANN and private sections), a single label by the
     * list's default rule "*" included? False for names that are no usable host name.
     */
    public static boolean publicSuffix(String domain) {
        String ascii = toAscii(normalize(domain));
        if (ascii.isEmpty()) {
            return false;
        }
        if (ascii.indexOf('.') < 0) {
            return true;
        }
        String unicode;
        try {
            unicode = IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            unicode = ascii;
        }
        return isPublicSuffix(unicode);
    }

    private static boolean isPublicSuffix(String d) {
        try {
            return InternetDomainName.from(d).isPublicSuffix();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** Relaxed alignment: same organizational domain (RFC 7489 §3.1). */
    public static boolean relaxedAligned(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        String oa = of(na);
        return !oa.isEmpty() && oa.equals(of(nb));
    }

    /** Strict alignment: identical domains (RFC 7489 §3.1). */
    public static boolean strictAligned(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        String aa = toAscii(na);
        return !aa.isEmpty() && aa.equals(toAscii(nb));
    }
}
