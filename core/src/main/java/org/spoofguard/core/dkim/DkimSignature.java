package org.spoofguard.core.dkim;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed DKIM-Signature header field (RFC 6376 §3.5) with the checks of §6.1.1 applied.
 * Created via {@link #parse}, which never throws: a broken field yields a {@link Broken} with a reason.
 */
final class DkimSignature {
    /** Parse outcome for an unusable signature; carries whatever d=/s=/a= could be read for the result. */
    record Broken(String domain, String selector, String algorithm, String reason) {
    }

    /** Either {@code signature} or {@code broken} is set. */
    record Parsed(DkimSignature signature, Broken broken) {
    }

    final String rawField;
    final DkimAlgorithm algorithm;
    final String algorithmTag;
    final Canonicalization headerCanon;
    final Canonicalization bodyCanon;
    final String domain;
    final String selector;
    final String identityDomain;
    /**
     * The AUID as written (i=, FWS removed), or {@code @d} when absent (§3.5 default); empty when it is longer than
     * 255 characters or not printable US-ASCII, so what we report (header.i) stays bounded and ASCII.
     */
    final String identity;
    /** The first {@link DkimResult#SIGNATURE_PREFIX_LENGTH} characters of b= (FWS removed), for header.b (RFC 6008). */
    final String signaturePrefix;
    final List<String> signedHeaders;
    final byte[] bodyHash;
    final byte[] signature;
    final long bodyLength;
    final Long timestamp;
    final Long expiration;

    private DkimSignature(String rawField, DkimAlgorithm algorithm, String algorithmTag, Canonicalization headerCanon,
                          Canonicalization bodyCanon, String domain, String selector, String identityDomain,
                          String identity, String signaturePrefix, List<String> signedHeaders, byte[] bodyHash, byte[] signature, long bodyLength,
                          Long timestamp, Long expiration) {
        this.rawField = rawField;
        this.algorithm = algorithm;
        this.algorithmTag = algorithmTag;
        this.headerCanon = headerCanon;
        this.bodyCanon = bodyCanon;
        this.domain = domain;
        this.selector = selector;
        this.identityDomain = identityDomain;
        this.identity = identity;
        this.signaturePrefix = signaturePrefix;
        this.signedHeaders = signedHeaders;
        this.bodyHash = bodyHash;
        this.signature = signature;
        this.bodyLength = bodyLength;
        this.timestamp = timestamp;
        this.expiration = expiration;
    }

    /** DNS name of the key: §3.6.2.1. */
    String keyName() {
        return selector + "._domainkey." + domain;
    }

    static Parsed parse(String rawField) {
        int colon = rawField.indexOf(':');
        TagList tags = TagList.parse(colon < 0 ? "" : rawField.substring(colon + 1));
        String d = tags.get("d").map(DkimSignature::asciiDomain).orElse("");
        String s = tags.get("s").map(v -> TagList.lower(v)).orElse("");
        String a = tags.get("a").map(v -> TagList.lower(v)).orElse("");
        if (tags.error() != null) {
            return broken("", "", "", "malformed DKIM-Signature: " + tags.error());
        }
        // §6.1.1: required tags.
        for (String required : List.of("v", "a", "b", "bh", "d", "h", "s")) {
            if (!tags.has(required)) {
                return broken(d, s, a, "DKIM-Signature lacks required tag " + required + "=");
            }
        }
        String v = tags.get("v").orElseThrow();
        if (!v.equals("1")) {
            return broken(d, s, a, "unsupported DKIM-Signature version v=" + TagList.abbreviate(v));
        }
        Optional<DkimAlgorithm> algorithm = DkimAlgorithm.fromTag(a);
        if (algorithm.isEmpty()) {
            return broken(d, s, a, "unsupported signing algorithm a=" + TagList.abbreviate(a));
        }
        if (!isDomainName(d)) {
            return broken(d, s, a, "invalid signing domain d=" + TagList.abbreviate(d));
        }
        if (!isSelector(s)) {
            return broken(d, s, a, "invalid selector s=" + TagList.abbreviate(s));
        }
        Canonicalization headerCanon = Canonicalization.SIMPLE;
        Canonicalization bodyCanon = Canonicalization.SIMPLE;
        Optional<String> c = tags.get("c");
        if (c.isPresent()) {
            String[] parts = c.get().split("/", -1);
            Optional<Canonicalization> h = parts.length <= 2 ? Canonicalization.fromTag(parts[0]) : Optional.empty();
            Optional<Canonicalization> b = parts.length == 2 ? Canonicalization.fromTag(parts[1])
                    : Optional.of(Canonicalization.SIMPLE);
            if (h.isEmpty() || b.isEmpty()) {
                return broken(d, s, a, "unsupported canonicalization c=" + TagList.abbreviate(c.get()));
            }
            headerCanon = h.get();
            bodyCanon = b.get();
        }
        Optional<String> q = tags.get("q");
        if (q.isPresent() && !colonListContains(q.get(), "dns/txt")) {
            return broken(d, s, a, "unsupported query method q=" + TagList.abbreviate(q.get()));
        }
        List<String> headers = new ArrayList<>();
        for (String name : tags.get("h").orElseThrow().split(":", -1)) {
            String n = TagList.lower(TagList.stripFws(name));
            if (!n.isEmpty()) {
                headers.add(n);
            }
        }
        // §5.4: From MUST be signed; otherwise anyone could re-use the signature under another author.
        if (!headers.contains("from")) {
            return broken(d, s, a, "From header is not signed (h= lacks from)");
        }
        String identityDomain = d;
        String identity = "@" + d;
        Optional<String> i = tags.get("i");
        if (i.isPresent()) {
            String auid = TagList.removeFws(i.get());
            identity = reportable(auid);
            int at = auid.lastIndexOf('@');
            if (at < 0) {
                return broken(d, s, a, "invalid identity i=" + TagList.abbreviate(auid) + " (no @)");
            }
            identityDomain = asciiDomain(auid.substring(at + 1));
            // §6.1.1: the AUID's domain must be d= or a subdomain of it, or a signer could claim someone else's identity.
            if (!identityDomain.equals(d) && !identityDomain.endsWith("." + d)) {
                return broken(d, s, a, "identity i=" + TagList.abbreviate(auid) + " is not in signing domain " + d);
            }
        }
        byte[] bodyHash = base64(tags.get("bh").orElseThrow());
        if (bodyHash == null || bodyHash.length == 0) {
            return broken(d, s, a, "malformed body hash bh=");
        }
        byte[] signature = base64(tags.get("b").orElseThrow());
        if (signature == null || signature.length == 0) {
            return broken(d, s, a, "malformed or empty signature b=");
        }
        long length = -1;
        Optional<String> l = tags.get("l");
        if (l.isPresent()) {
            length = parseNumber(l.get());
            if (length < 0) {
                return broken(d, s, a, "invalid body length l=" + TagList.abbreviate(l.get()));
            }
        }
        Long timestamp = null;
        Optional<String> t = tags.get("t");
        if (t.isPresent()) {
            long value = parseNumber(t.get());
            if (value < 0) {
                return broken(d, s, a, "invalid timestamp t=" + TagList.abbreviate(t.get()));
            }
            timestamp = value;
        }
        Long expiration = null;
        Optional<String> x = tags.get("x");
        if (x.isPresent()) {
            long value = parseNumber(x.get());
            if (value < 0) {
                return broken(d, s, a, "invalid expiration x=" + TagList.abbreviate(x.get()));
            }
            // §3.5 x=: "the value of the "x=" tag MUST be greater than the value of the "t=" tag".
            if (timestamp != null && value <= timestamp) {
                return broken(d, s, a, "expiration x=" + value + " is not after timestamp t=" + timestamp);
            }
            expiration = value;
        }
        return new Parsed(new DkimSignature(rawField, algorithm.get(), a, headerCanon, bodyCanon, d, s,
                identityDomain, identity, signaturePrefix(tags.get("b").orElseThrow()), List.copyOf(headers), bodyHash, signature, length, timestamp, expiration), null);
    }

    private static Parsed broken(String d, String s, String a, String reason) {
        return new Parsed(null, new Broken(d, s, a, reason));
    }

    private static String reportable(String auid) {
        if (auid.length() > 255) {
            return "";
        }
        for (int k = 0; k < auid.length(); k++) {
            if (auid.charAt(k) < 0x21 || auid.charAt(k) > 0x7e) {
                return "";
            }
        }
        return auid;
    }

    private static String signaturePrefix(String b) {
        String value = TagList.removeFws(b);
        return value.substring(0, Math.min(value.length(), DkimResult.SIGNATURE_PREFIX_LENGTH));
    }

    static byte[] base64(String value) {
        try {
            return Base64.getDecoder().decode(TagList.removeFws(value));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * §3.5: 1*76DIGIT; values beyond a long saturate (an l= that large is longer than any body anyway). Leading
     * zeros are part of the grammar and are stripped before the length decides saturation: judged by length alone,
     * "l=" + 20 zeros + "5" read as an enormous length (a genuine signature then failed "body shorter than signed
     * length") and an x= with leading zeros never expired.
     */
    static long parseNumber(String value) {
        if (value.isEmpty() || value.length() > 76) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return -1;
            }
        }
        int first = 0;
        while (first < value.length() - 1 && value.charAt(first) == '0') {
            first++;
        }
        String digits = value.substring(first);
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    static boolean colonListContains(String list, String wanted) {
        for (String item : list.split(":", -1)) {
            if (TagList.stripFws(item).toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 8616 §4: d= (and the i= domain) may be U-labels; keys live under the A-label form. */
    private static String asciiDomain(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7f) {
                try {
                    // Header bytes arrive as ISO-8859-1 chars; UTF-8 (RFC 6532) must be decoded before anything else.
                    String utf8 = new String(value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                            java.nio.charset.StandardCharsets.UTF_8);
                    // A trailing dot stays (and fails isDomainName) exactly as for an ASCII d=.
                    return utf8.endsWith(".") ? TagList.lower(value)
                        : org.spoofguard.core.net.DomainName.ascii(utf8).orElse(TagList.lower(value));
                } catch (IllegalArgumentException e) {
                    return TagList.lower(value); // fails isDomainName: permerror with the original text
                }
            }
        }
        return TagList.lower(value);
    }

    private static boolean isDomainName(String d) {
        if (d.isEmpty() || d.length() > 253 || d.startsWith(".") || d.endsWith(".") || d.contains("..")) {
            return false;
        }
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSelector(String s) {
        return isDomainName(s);
    }
}
