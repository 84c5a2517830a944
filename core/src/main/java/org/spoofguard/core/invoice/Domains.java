package org.spoofguard.core.invoice;

import java.net.IDN;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.net.DomainName;

/** Domain helpers for look-alike detection: IDN decoding, confusable skeletons, edit distance. */
final class Domains {
    private Domains() {
    }

    /**
     * Lower case, no trailing dot, punycode labels decoded to Unicode ({@link DomainName#unicode}); a name with a
     * fake A-label (invalid Punycode) or no valid form keeps its lower-case ASCII spelling, compared as written.
     */
    static String normalize(String domain) {
        return remembered(NORMALIZED, domain, Domains::normalizeOnce);
    }

    static String normalizeOnce(String domain) { // the uncached answer (DomainsMemoTest compares)
        String d = OrganizationalDomain.normalize(domain);
        if (d.startsWith("[") || d.isEmpty()) {
            return d;
        }
        return DomainName.unicode(d).orElse(d);
    }

    /** ASCII (punycode) form used for the public-suffix lookup. */
    static String ascii(String domain) {
        return remembered(ASCII, domain, Domains::asciiOnce);
    }

    static String asciiOnce(String domain) { // the uncached answer (DomainsMemoTest compares)
        return DomainName.ascii(domain).orElse(domain);
    }

    static String orgDomain(String domain) {
        return remembered(ORG_DOMAINS, domain, Domains::orgDomainOnce);
    }

    /*
     * normalize, ascii and orgDomain are pure functions of the name (IDNA and Guava's public-suffix list, compiled
     * in), asked for the same few names over and over: per link host, for each of some 20 invoicing platforms, for
     * each of our and our suppliers' domains. Each answer took IDN conversions, splitting and a public-suffix walk;
     * the 7 December profile put a fifth of the invoice check of a newsletter there. Remembered answers are the same
     * answers; the memory is bounded (names longer than a domain name are not kept, the map is emptied when full, as
     * SpoofSignals.Protected does), so a mail of many made-up hosts costs no more than before.
     */
    private static final int MAX_REMEMBERED = 10_000;
    private static final int MAX_REMEMBERED_LENGTH = 255;
    private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();
    private static final Map<String, String> ORG_DOMAINS = new ConcurrentHashMap<>();
    private static final Map<String, String> ASCII = new ConcurrentHashMap<>();

    private static String remembered(Map<String, String> memory, String domain,
                                     java.util.function.UnaryOperator<String> compute) {
        if (domain == null || domain.length() > MAX_REMEMBERED_LENGTH) {
            return compute.apply(domain);
        }
        String known = memory.get(domain);
        if (known == null) {
            known = compute.apply(domain);
            if (memory.size() >= MAX_REMEMBERED) {
                memory.clear();
            }
            memory.put(domain, known);
        }
        return known;
    }

    static String orgDomainOnce(String domain) { // the uncached answer (DomainsMemoTest compares)
        String n = normalize(domain);
        String org = OrganizationalDomain.of(ascii(n));
        return normalize(org);
    }

    /** The registrable label: organizational domain minus its public suffix ("aarhus" for aarhus.dk). */
    static String registrableLabel(String domain) {
        String org = orgDomain(domain);
        int dot = org.indexOf('.');
        return dot < 0 ? org : org.substring(0, dot);
    }

    /** The public suffix part of the organizational domain ("dk", "co.uk"). */
    static String suffix(String domain) {
        String org = orgDomain(domain);
        int dot = org.indexOf('.');
        return dot < 0 ? "" : org.substring(dot + 1);
    }

    /**
     * A confusable skeleton (in the spirit of Unicode TR39): Cyrillic/Greek letters that render like Latin ones
     * become Latin, and ASCII tricks collapse (rn→m, vv→w, cl→d, 0→o, 1/i/|→l, 5→s), so that
     * "rnicrosoft", "micr0soft" and "miсrosoft" (Cyrillic с) share a skeleton with "microsoft".
     */
    static String skeleton(String label) {
        StringBuilder b = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            b.append(confusable(Character.toLowerCase(label.charAt(i))));
        }
        String s = b.toString();
        s = s.replace("rn", "m").replace("vv", "w").replace("cl", "d").replace("-", "");
        return s;
    }

    private static char confusable(char c) {
        char latin = Texts.latinLookAlike(c);
        switch (latin) {
            // Latin look-alikes
            case 'ı': return 'l';
            case 'ł': return 'l';
            case 'ɑ': return 'a';
            case 'ǀ': return 'l';
            case '0': return 'o';
            case '1': return 'l';
            case 'i': return 'l';
            case '|': return 'l';
            case '5': return 's';
            default: return latin;
        }
    }

    /** Optimal string alignment (restricted Damerau-Levenshtein) distance, abandoned above {@code max}. */
    static int damerauLevenshtein(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (n > 256 || m > 256) {
            return max + 1;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[n][m];
    }

    /** True if {@code domain} is {@code protectedDomain} or a subdomain of it. */
    static boolean isSameOrSub(String domain, String protectedDomain) {
        return domain.equals(protectedDomain) || domain.endsWith("." + protectedDomain);
    }
}
