package org.spoofguard.core.dmarc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed DMARC policy record (RFC 7489 §6.3, RFC 9989 §4.7).
 *
 * @param policy {@code p=}; {@link DmarcPolicy#NONE} when {@link #policyImplied} (invalid/missing p but a usable rua)
 * @param subdomainPolicy {@code sp=}, empty when absent
 * @param nonExistentPolicy {@code np=} (RFC 9989, RFC 9091), empty when absent
 * @param strictDkim {@code adkim=s}
 * @param strictSpf {@code aspf=s}
 * @param pct {@code pct=} 0..100 (RFC 7489 only; historic in RFC 9989), 100 when absent or invalid
 * @param pctPresent whether a valid pct tag was published
 * @param psd {@code psd=} y / n / u (RFC 9989)
 * @param testing {@code t=y} (RFC 9989)
 * @param rua aggregate report URIs, parsed but unused
 * @param ruf failure report URIs, parsed but unused
 * @param policyImplied true when p was missing/invalid (or sp/np invalid) and RFC 7489 §6.6.3 step 6.1 /
 *                      RFC 9989 made us act as if {@code p=none} had been published
 * @param tags every recognised tag as first published, lower-case names
 * @param raw the record text
 */
public record DmarcRecord(DmarcPolicy policy, Optional<DmarcPolicy> subdomainPolicy, Optional<DmarcPolicy> nonExistentPolicy,
                          boolean strictDkim, boolean strictSpf, int pct, boolean pctPresent, Psd psd, boolean testing,
                          List<String> rua, List<String> ruf, boolean policyImplied, Map<String, String> tags, String raw) {

    /** Longest record we look at: DNS TXT answers are bounded, but a fake resolver or a huge RRset is not. */
    static final int MAX_RECORD_LENGTH = 4096;
    private static final int MAX_TAGS = 64;
    private static final int MAX_URIS = 16;

    /** RFC 9989 {@code psd=}: is this a Public Suffix Domain's record? */
    public enum Psd { Y, N, U }

    /** How a TXT string relates to DMARC. */
    public enum Status {
        /** A usable DMARC record. */
        VALID,
        /** Not a DMARC record at all (does not start with {@code v=DMARC1}): discarded during discovery. */
        NOT_DMARC,
        /** A DMARC record without a valid p (or with an invalid sp/np) and no usable rua: no DMARC processing. */
        NO_POLICY
    }

    /** Parse outcome: a record (only when VALID) or the reason it is unusable. */
    public record Parsed(Status status, Optional<DmarcRecord> record, String reason) {
        public Parsed {
            Objects.requireNonNull(status, "status");
            record = record == null ? Optional.empty() : record;
            reason = reason == null ? "" : reason;
        }

        public boolean isValid() {
            return status == Status.VALID;
        }
    }

    public DmarcRecord {
        Objects.requireNonNull(policy, "policy");
        subdomainPolicy = subdomainPolicy == null ? Optional.empty() : subdomainPolicy;
        nonExistentPolicy = nonExistentPolicy == null ? Optional.empty() : nonExistentPolicy;
        psd = psd == null ? Psd.U : psd;
        rua = rua == null ? List.of() : List.copyOf(rua);
        ruf = ruf == null ? List.of() : List.copyOf(ruf);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        raw = raw == null ? "" : raw;
    }

    /** The sp policy, falling back to p (RFC 7489 §6.3 "sp"). */
    public DmarcPolicy effectiveSubdomainPolicy() {
        return subdomainPolicy.orElse(policy);
    }

    /** The np policy, falling back to sp then p (RFC 9989 §4.7 "np"). */
    public DmarcPolicy effectiveNonExistentPolicy() {
        return nonExistentPolicy.orElse(effectiveSubdomainPolicy());
    }

    /**
     * True when {@code txt} starts with the DMARC version tag. RFC 7489 §6.3 / RFC 9989 §4.7: "v" must be
     * the first tag, its value is the case-sensitive literal {@code DMARC1} (hex literals in the ABNF), and
     * WSP is allowed around "=". Records failing this are discarded, not errors (RFC 7489 §6.6.3 step 3).
     */
    public static boolean isDmarcRecord(String txt) {
        if (txt == null) {
            return false;
        }
        int i = skipWsp(txt, 0);
        if (i >= txt.length() || (txt.charAt(i) != 'v' && txt.charAt(i) != 'V')) {
            return false;
        }
        i = skipWsp(txt, i + 1);
        if (i >= txt.length() || txt.charAt(i) != '=') {
            return false;
        }
        i = skipWsp(txt, i + 1);
        if (!txt.startsWith("DMARC1", i)) {
            return false;
        }
        i = skipWsp(txt, i + 6);
        return i >= txt.length() || txt.charAt(i) == ';';
    }

    private static int skipWsp(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Parses one TXT string. Never throws. */
    public static Parsed parse(String txt) {
        if (txt == null || txt.isEmpty()) {
            return new Parsed(Status.NOT_DMARC, Optional.empty(), "empty record");
        }
        if (txt.length() > MAX_RECORD_LENGTH) {
            return new Parsed(Status.NOT_DMARC, Optional.empty(), "record longer than " + MAX_RECORD_LENGTH + " characters");
        }
        if (!isDmarcRecord(txt)) {
            return new Parsed(Status.NOT_DMARC, Optional.empty(), "does not start with v=DMARC1");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String[] parts = txt.split(";", MAX_TAGS + 2);
        for (int k = 1; k < parts.length && k <= MAX_TAGS; k++) {
            String part = parts[k].trim();
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                notes.add("ignored malformed tag '" + abbreviate(part) + "'");
                continue;
            }
            String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim();
            // RFC 7489 §6.3 does not define duplicates; the first occurrence wins so a record can't be
            // "reinterpreted" by a later copy of a tag, and later ones are ignored like unknown tags.
            if (tags.containsKey(name)) {
                notes.add("ignored duplicate " + name + "=");
                continue;
            }
            tags.put(name, value);
        }

        Optional<DmarcPolicy> p = policyValue(tags.get("p"));
        Optional<DmarcPolicy> sp = policyValue(tags.get("sp"));
        Optional<DmarcPolicy> np = policyValue(tags.get("np"));
        boolean spInvalid = tags.containsKey("sp") && sp.isEmpty();
        boolean npInvalid = tags.containsKey("np") && np.isEmpty();

        List<String> rua = uris(tags.get("rua"));
        List<String> ruf = uris(tags.get("ruf"));

        boolean implied = false;
        if (p.isEmpty() || spInvalid || npInvalid) {
            String what = p.isEmpty() ? (tags.containsKey("p") ? "invalid p=" + abbreviate(tags.get("p")) : "no p tag")
                    : spInvalid ? "invalid sp=" + abbreviate(tags.get("sp")) : "invalid np=" + abbreviate(tags.get("np"));
            // RFC 7489 §6.6.3 step 6 / RFC 9989 §4.10.1: with a valid rua act as if p=none was published,
            // otherwise apply no DMARC processing at all.
            if (rua.isEmpty()) {
                return new Parsed(Status.NO_POLICY, Optional.empty(), what + " and no valid rua: no DMARC processing");
            }
            notes.add(what + " with valid rua: treated as p=none");
            implied = true;
            p = Optional.of(DmarcPolicy.NONE);
            if (spInvalid) {
                sp = Optional.of(DmarcPolicy.NONE);
            }
            if (npInvalid) {
                np = Optional.of(DmarcPolicy.NONE);
            }
        }

        // RFC 7489 §6.3: errors in the remaining tags fall back to defaults.
        boolean strictDkim = "s".equalsIgnoreCase(tags.getOrDefault("adkim", "r"));
        boolean strictSpf = "s".equalsIgnoreCase(tags.getOrDefault("aspf", "r"));
        int pct = 100;
        boolean pctPresent = false;
        String pctText = tags.get("pct");
        if (pctText != null) {
            if (pctText.matches("[0-9]{1,3}") && Integer.parseInt(pctText) <= 100) {
                pct = Integer.parseInt(pctText);
                pctPresent = true;
            } else {
                notes.add("ignored invalid pct=" + abbreviate(pctText));
            }
        }
        Psd psd = Psd.U;
        String psdText = tags.get("psd");
        if (psdText != null) {
            switch (psdText.toLowerCase(Locale.ROOT)) {
                case "y" -> psd = Psd.Y;
                case "n" -> psd = Psd.N;
                case "u" -> psd = Psd.U;
                default -> notes.add("ignored invalid psd=" + abbreviate(psdText));
            }
        }
        boolean testing = "y".equalsIgnoreCase(tags.getOrDefault("t", "n"));

        DmarcRecord record = new DmarcRecord(p.get(), sp, np, strictDkim, strictSpf, pct, pctPresent, psd, testing,
                rua, ruf, implied, tags, txt);
        return new Parsed(Status.VALID, Optional.of(record), String.join("; ", notes));
    }

    private static Optional<DmarcPolicy> policyValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> Optional.of(DmarcPolicy.NONE);
            case "quarantine" -> Optional.of(DmarcPolicy.QUARANTINE);
            case "reject" -> Optional.of(DmarcPolicy.REJECT);
            default -> Optional.empty();
        };
    }

    /** RFC 7489 §6.4 dmarc-uri list: URIs separated by ",", each optionally suffixed "!size". Keeps valid ones. */
    private static List<String> uris(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : value.split(",", MAX_URIS + 1)) {
            if (out.size() >= MAX_URIS) {
                break;
            }
            String u = item.trim();
            int bang = u.lastIndexOf('!');
            if (bang > 0 && u.substring(bang + 1).matches("[0-9]+[kmgtKMGT]?")) {
                u = u.substring(0, bang);
            }
            if (u.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(u);
                if (uri.getScheme() != null && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*")
                        && uri.getRawSchemeSpecificPart() != null && !uri.getRawSchemeSpecificPart().isEmpty()) {
                    out.add(u);
                }
            } catch (URISyntaxException e) {
                // not a syntactically valid URI: ignored (RFC 7489 §6.6.3 step 6 counts only valid ones)
            }
        }
        return out;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "...";
    }
}
