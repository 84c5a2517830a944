package org.spoofguard.core.net;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * The one normaliser of domain names and mailbox domains in SpoofGuard: DMARC alignment, DKIM {@code d=},
 * organisational domains, recipient domains and configured domains all compare the same spelling.
 *
 * <p>The normal form is lower-case A-labels (RFC 5890 §2.3.2.1) without the trailing root dot: DNS names
 * compare case-insensitively (RFC 4343), {@code example.com.} and {@code example.com} are one name
 * (RFC 1034 §3.1), and a U-label spelling ({@code bücher.example}) must align with its A-label spelling
 * ({@code xn--bcher-kva.example}), or a forger could pick the spelling that escapes a comparison
 * (RFC 8616 §4 for DKIM/DMARC with internationalised names).
 *
 * <p>Refused by {@link #ascii} (empty): empty labels, labels over 63 octets, names over 253 octets
 * (RFC 1035 §2.3.4), characters other than letters, digits, hyphen and underscore after conversion (underscore
 * is kept for {@code _dmarc} and DKIM selectors), more than one trailing dot, and address literals.
 *
 * <p>An {@code xn--} label that is not valid Punycode (a "fake A-label", RFC 5890 §2.3.2.1) is still a legal
 * DNS name, and {@link #ascii} keeps it: refusing it would let a forger write {@code From: x@xn--zz.victim.example}
 * and escape the DMARC policy of {@code victim.example} (no usable From domain means no policy lookup), which
 * is failing open. {@link #unicode} refuses it, since it has no U-label to show or to compare with look-alikes.
 */
public final class DomainName {
    static final int MAX_INPUT = 1024;

    private DomainName() {
    }

    /** Lower-case A-label form without trailing dot, or empty when {@code text} is not a usable domain name. */
    public static Optional<String> ascii(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String d = text.trim();
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1); // one root dot only: "a.example.." has an empty label
        }
        if (d.isEmpty() || d.length() > MAX_INPUT || d.startsWith("[")) {
            return Optional.empty();
        }
        String ascii;
        try {
            // ALLOW_UNASSIGNED: mail from names using code points newer than the JDK's IDNA tables must still
            // normalise (they are compared, not registered); no STD3 rules, which would refuse '_'.
            ascii = IDN.toASCII(d, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ascii.isEmpty() || ascii.length() > 253) {
            return Optional.empty();
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!validLabel(label)) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    /**
     * A domain an admin gives us (a {@code spoofguard.properties} key, a hook or mailet parameter, the console, a
     * command-line argument) in the {@link #ascii} normal form, or an exception to report with the key's name. One
     * rule for every such place, so {@code tønder.dk}, {@code TØNDER.DK.} and {@code xn--tnder-vua.dk} are the same
     * domain everywhere and compare equal to what mail brings (normalised by {@link #ascii} too).
     *
     * <p>Stricter than {@link #ascii}, which must keep every name mail can carry (failing closed): a configured name
     * is a mail domain of ours or of someone we deal with, so besides what {@link #ascii} refuses it needs at least
     * two labels, no label starting or ending with '-' or '_' (RFC 1123 §2.1 host names; James's own domain list
     * refuses them too, so we never configure a name the admin could not add there), a last label that is not all
     * digits (an IPv4 address is no domain, RFC 3696 §2), and real Punycode in {@code xn--} labels (a fake A-label
     * here is a typo that would protect nothing).
     *
     * @throws IllegalArgumentException in English and Danish, quoting the input with control characters escaped
     */
    public static String configured(String text) {
        Optional<String> ascii = ascii(text);
        if (ascii.isEmpty() || !ascii.get().contains(".") || !hasValidALabels(ascii.get())) {
            throw notConfigurable(text);
        }
        String[] labels = ascii.get().split("\\.", -1);
        for (String label : labels) {
            if (edge(label.charAt(0)) || edge(label.charAt(label.length() - 1))) {
                throw notConfigurable(text);
            }
        }
        if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw notConfigurable(text);
        }
        return ascii.get();
    }

    /**
     * An entry of James's domain list as one of our mail domains, in the {@link #ascii} form, or empty for what is
     * no name anyone mails or imitates: the autodetected {@code localhost} and the host's IP addresses. James keeps
     * what the admin added as written ({@code tønder.dk} stays a U-label there), so everything that compares with
     * our configured domains reads the list through this.
     */
    public static Optional<String> ofDomainList(String entry) {
        if (entry == null || entry.contains(":") || entry.trim().matches("[0-9.\\[\\]]+")) {
            return Optional.empty();
        }
        return ascii(entry).filter(d -> d.contains("."));
    }

    private static boolean edge(char c) {
        return c == '-' || c == '_';
    }

    private static IllegalArgumentException notConfigurable(String text) {
        String shown = text == null ? "null" : "'" + escaped(text) + "'";
        return new IllegalArgumentException(shown + " is not a domain name (e.g. aarhus.dk or tønder.dk) / " + shown
            + " er ikke et domænenavn (f.eks. aarhus.dk eller tønder.dk)");
    }

    /** The input as one log-safe line (control characters escaped), cut at 80 characters. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && i < 80; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > 80 ? out + "..." : out.toString();
    }

    /**
     * The Unicode (U-label) spelling of a valid name, for display and look-alike checks; {@code ascii(unicode(x))}
     * is {@code ascii(x)}.
     */
    public static Optional<String> unicode(String text) {
        Optional<String> ascii = ascii(text);
        if (ascii.isEmpty() || !ascii.get().contains("xn--")) {
            return ascii;
        }
        StringBuilder out = new StringBuilder();
        for (String label : ascii.get().split("\\.", -1)) {
            String u = label.startsWith("xn--") ? uLabel(label) : label;
            if (u == null) {
                return Optional.empty();
            }
            out.append(out.length() == 0 ? "" : ".").append(u);
        }
        return Optional.of(out.toString());
    }

    /** True when every {@code xn--} label of a valid name is real Punycode that converts back to itself. */
    public static boolean hasValidALabels(String text) {
        return unicode(text).isPresent();
    }

    /** True when both spell the same valid domain name. */
    public static boolean same(String a, String b) {
        Optional<String> x = ascii(a);
        return x.isPresent() && x.equals(ascii(b));
    }

    /**
     * A mailbox {@code local-part@domain} with its domain normalised ({@link #ascii}); the local-part is kept
     * byte for byte, since only the receiving host may interpret it (RFC 5321 §2.4: local-parts are
     * case-sensitive). Empty without '@', with an empty local-part, or with an unusable domain. An address
     * literal domain ({@code user@[192.0.2.1]}) is kept when it parses ({@link IpLiteral#smtpLiteral}).
     */
    public static Optional<String> mailbox(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.trim();
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1) {
            return Optional.empty();
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        if (IpLiteral.isBracketed(domain)) {
            return IpLiteral.smtpLiteral(domain).map(ip -> local + "@" + domain);
        }
        return ascii(domain).map(d -> local + "@" + d);
    }

    /** The normalised domain of a mailbox (after the last '@'), or empty. */
    public static Optional<String> domainOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? Optional.empty() : ascii(address.substring(at + 1));
    }

    private static boolean validLabel(String label) {
        if (label.isEmpty() || label.length() > 63) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The U-label of a valid A-label, or null (RFC 5891 §5.4: it must decode and convert back to itself). */
    private static String uLabel(String label) {
        // IDN.toUnicode returns its input unchanged when the Punycode is invalid.
        String u = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
        if (u.equals(label)) {
            return null;
        }
        try {
            // Not lower-cased: a code point unassigned in IDNA2003's Unicode 3.2 tables (ALLOW_UNASSIGNED) is not
            // case-mapped by nameprep, so lower-casing it here would name another A-label (found by fuzzing:
            // U+04FC in "bӼcher" came back as "xn--bcher-9vf" instead of "xn--bcher-3vf").
            return IDN.toASCII(u, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT).equals(label) ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
