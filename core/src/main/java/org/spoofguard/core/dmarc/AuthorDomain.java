package org.spoofguard.core.dmarc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.spoofguard.core.domain.OrganizationalDomain;

/**
 * Extracts the RFC5322.From domains DMARC evaluates (RFC 7489 §6.6.1, RFC 9989 §4.4).
 *
 * <p>Normally one. A From with several addresses, or several From fields (which RFC 5322 forbids), names several:
 * each is evaluated and the strictest failing policy applies (RFC 7489 §6.6.1), so a forger cannot pick which of
 * two From addresses is "the" author (one aligned domain, one displayed victim domain). A From longer than
 * {@link #MAX_FROM_LENGTH} is not parsed, but the domains written after an "@" in it are still evaluated: padding
 * the display name must not take the victim's policy away. The same for a From that does not parse as addresses
 * (another reader may find the victim's address in it), and in both cases also the domains written in its decoded
 * encoded-words: an addr-spec holding an encoded-word (RFC 2047 §5 forbids it) is malformed, since a mail program
 * that decodes first shows the address hidden in it. An address that names no host (a domain literal, a group
 * without members, garbage) has no Author Domain; with nothing else failing that is permerror.
 *
 * <p>No From field is ignored: more than {@link #MAX_FROM_FIELDS} fields or {@link #MAX_DOMAINS} distinct domains
 * exceed what is evaluated ({@link Authors#exceeded()}), and DmarcEvaluator judges that fail under the strictest
 * policy, since a domain not evaluated may be the one the user sees. Dropping fields after the 8th let eight From
 * fields of the forger's aligned domain pass a ninth, the victim's.
 */
public final class AuthorDomain {
    /** Header values longer than this are not parsed (a From field of real mail is far shorter). */
    public static final int MAX_FROM_LENGTH = 16 * 1024;
    /** Distinct domains evaluated (each costs a policy discovery); more exceeds the bound. */
    public static final int MAX_DOMAINS = 10;
    /** From fields evaluated (RFC 5322 §3.6 allows one); more exceeds the bound. */
    public static final int MAX_FROM_FIELDS = 8;

    private AuthorDomain() {
    }

    /**
     * @param domains the distinct lower-case A-label Author Domains, in order of appearance (empty when none)
     * @param error why an address gave no Author Domain (or why none was found), "" when every one did
     * @param exceeded the From fields exceed a bound ({@link #MAX_FROM_FIELDS} fields, {@link #MAX_DOMAINS} domains):
     *        not every domain was evaluated (domains is then empty and error says which bound)
     */
    public record Authors(List<String> domains, String error, boolean exceeded) {
        public Authors {
            domains = List.copyOf(domains);
            error = error == null ? "" : error;
        }

        Authors(List<String> domains, String error) {
            this(domains, error, false);
        }

        public boolean found() {
            return !domains.isEmpty();
        }
    }

    /**
     * One address field read as DMARC reads the From (the one reading, "each rule lives once"): the invoice inspection
     * takes its From, Reply-To and Sender from here, so what it credits, remembers and names is the Author Domain
     * DMARC evaluated, never another reading of the same field.
     *
     * @param address the field's one mailbox as local-part@domain (domain in lower-case A-labels, local part as
     *        parsed), "" when the field has no single usable address ({@code error} says why)
     * @param domain that domain, "" likewise
     * @param domains every domain DMARC evaluates for this field (when it is malformed or too long, also the domains
     *        written in it, decoded encoded-words included), in order of appearance, at most {@link #MAX_DOMAINS} + 1
     * @param error why the field has no single usable address ("" when it has): malformed, too long, no address, or
     *        addresses in more than one domain (DMARC evaluates each; no one of them is "the" author)
     */
    public record Author(String address, String domain, List<String> domains, String error) {
        public Author {
            domains = List.copyOf(domains);
            error = error == null ? "" : error;
            address = error.isEmpty() && address != null ? address : "";
            domain = error.isEmpty() && domain != null ? domain : "";
        }

        public boolean usable() {
            return !domain.isEmpty();
        }
    }

    /** {@link Author} of one field's raw value (null: none). Never throws. */
    public static Author first(String value) {
        Set<String> domains = new LinkedHashSet<>();
        List<String> firstAddress = new ArrayList<>(1);
        String why = field(value, domains, firstAddress);
        if (why.isEmpty() && domains.size() > 1) {
            why = "addresses in " + domains.size() + " domains";
        } else if (why.isEmpty() && (domains.isEmpty() || firstAddress.isEmpty())) {
            why = "no address";
        }
        return new Author(why.isEmpty() ? firstAddress.get(0) : "", why.isEmpty() ? domains.iterator().next() : "",
                new ArrayList<>(domains), why);
    }

    /**
     * Every mailbox of an address field as this class parses it (local-part@domain, the domain in lower case as
     * written, not normalised), or null when the field cannot be parsed or is longer than {@link #MAX_FROM_LENGTH}:
     * for code that must name the same mailboxes DMARC judged after rewriting a field. Never throws.
     */
    public static List<String> mailboxes(String value) {
        if (value == null || value.length() > MAX_FROM_LENGTH) {
            return null;
        }
        try {
            List<String> out = new ArrayList<>();
            for (Mailbox m : LenientAddressParser.DEFAULT.parseAddressList(asBytes(unfold(value))).flatten()) {
                String domain = fromBytes(m.getDomain());
                out.add(fromBytes(m.getLocalPart()) + "@" + (domain == null ? "" : domain.toLowerCase(Locale.ROOT)));
            }
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** RFC 5322 §2.2.3; stray bare CR/LF are treated as white space too. */
    private static String unfold(String value) {
        return value.replace("\r\n", "").replace('\r', ' ').replace('\n', ' ');
    }

    /** Never throws. {@code fromHeaderValues}: the raw value of each From header field of the message. */
    public static Authors extract(List<String> fromHeaderValues) {
        if (fromHeaderValues == null || fromHeaderValues.isEmpty()) {
            return new Authors(List.of(), "no From header");
        }
        if (fromHeaderValues.size() > MAX_FROM_FIELDS) {
            return new Authors(List.of(), "more than " + MAX_FROM_FIELDS + " From fields", true);
        }
        Set<String> domains = new LinkedHashSet<>();
        String error = "";
        for (String value : fromHeaderValues) {
            String why = field(value, domains, null);
            if (error.isEmpty() && !why.isEmpty()) {
                error = why;
            }
            if (domains.size() > MAX_DOMAINS) {
                return new Authors(List.of(), "more than " + MAX_DOMAINS + " domains in From", true);
            }
        }
        if (domains.isEmpty() && error.isEmpty()) {
            error = "no address in From header";
        }
        return new Authors(new ArrayList<>(domains), error);
    }

    /**
     * The domains DMARC evaluates for one From field into {@code out}; why one address had none, or "".
     * {@code firstAddress} (null: not wanted) receives the first address's local-part@domain.
     */
    private static String field(String value, Set<String> out, List<String> firstAddress) {
        String why;
        if (value == null || value.isBlank()) {
            why = "empty From header";
        } else if (value.length() > MAX_FROM_LENGTH) {
            written(value, out);
            written(decoded(value), out);
            why = "From header longer than " + MAX_FROM_LENGTH + " characters";
        } else {
            why = parsed(value, out, firstAddress);
            if (!why.isEmpty()) {
                // mime4j's lenient parser and JavaMail (what James stores, what mail programs show) disagree on
                // malformed fields: "x@attacker <ceo@victim>", "\"CEO <ceo@victim>", "ceo@victim;" are no
                // address here but ceo@victim there. Fail closed: the domains written in the field are evaluated
                // too, so the victim's policy applies, and with the error it never passes (RFC 7489 §6.6.1).
                written(value, out);
                // RFC 2047 §5 (3) forbids encoded-words in an addr-spec, and mime4j reads one there as a plain
                // atom; mail programs that decode the whole field first show the address hidden inside it
                // ("=?utf-8?b?<ceo@victim NUL>?=@forger.example" displayed as ceo@victim). Its domains count too.
                written(decoded(value), out);
            }
        }
        return why;
    }

    /** The domains of one From field's addresses into {@code out}; why one had none, or "". */
    private static String parsed(String value, Set<String> out, List<String> firstAddress) {
        String unfolded = unfold(value);
        List<Mailbox> mailboxes = new ArrayList<>();
        try {
            // mime4j parses a String as bytes, each char cut to its low 8 bits (ContentUtil.encode): "dаnfoss.dk"
            // with a Cyrillic а (U+0430) was evaluated as "d0nfoss.dk", U+0440 became '@' and U+3002 a control
            // character, so DMARC judged a domain the mail does not name. Parsed as its UTF-8 bytes instead (every
            // byte of a multi-byte sequence is >= 0x80, never a delimiter) and each part decoded back (domain()).
            AddressList list = LenientAddressParser.DEFAULT.parseAddressList(asBytes(unfolded));
            mailboxes.addAll(list.flatten());
        } catch (RuntimeException e) {
            return "unparseable From header (" + e.getClass().getSimpleName() + ")";
        }
        if (mailboxes.isEmpty()) {
            return "no address in From header";
        }
        String error = "";
        for (Mailbox mailbox : mailboxes) {
            String why = domain(mailbox, out, firstAddress);
            if (error.isEmpty() && !why.isEmpty()) {
                error = why;
            }
            if (out.size() > MAX_DOMAINS) {
                break;
            }
        }
        return error;
    }

    /**
     * Each char a byte of the UTF-8 encoding (chars up to U+007F stay as they are): how a String is given to a mime4j
     * parser, which cuts each char to its low 8 bits; each part it returns is read back with {@link #fromBytes}.
     */
    public static String asBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return s;
    }

    /** {@link #asBytes} undone: malformed sequences cannot arise, each part is cut at delimiters below 0x80. */
    public static String fromBytes(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return s;
    }

    private static String domain(Mailbox mailbox, Set<String> out, List<String> firstAddress) {
        String rawDomain = fromBytes(mailbox.getDomain());
        String local = fromBytes(mailbox.getLocalPart());
        if (rawDomain == null || rawDomain.isBlank() || local == null || local.isEmpty()) {
            return "From address without local-part@domain";
        }
        if (rawDomain.startsWith("[")) {
            return "From address with a domain literal " + DmarcRecord.abbreviate(rawDomain);
        }
        if (rawDomain.contains(" ") || local.indexOf('<') >= 0 || local.indexOf('>') >= 0) {
            return "malformed From address";
        }
        if (ENCODED_WORD.matcher(local).find() || ENCODED_WORD.matcher(rawDomain).find()) {
            // RFC 2047 §5 (3): never in an addr-spec; what a decoding reader shows is another address (extract)
            return "From address with an RFC 2047 encoded-word in its addr-spec";
        }
        String domain = OrganizationalDomain.toAscii(rawDomain);
        if (domain.isEmpty() || !domain.contains(".")) {
            return "From domain '" + DmarcRecord.abbreviate(rawDomain) + "' is not a valid host name";
        }
        if (firstAddress != null && firstAddress.isEmpty()) {
            firstAddress.add(local + "@" + domain);
        }
        out.add(domain);
        return "";
    }

    /** An RFC 2047 §2 encoded-word: "=?" charset "?" encoding "?" encoded-text "?=". */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?=");

    /** The value with its encoded-words decoded (as a mail program may show it); the value itself when none decode. */
    private static String decoded(String value) {
        if (!ENCODED_WORD.matcher(value).find()) {
            return value;
        }
        try {
            return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
        } catch (RuntimeException e) {
            return value;
        }
    }

    /** The host names written after an "@" in a value too long or too malformed to parse: what a mail program may show. */
    private static void written(String value, Set<String> out) {
        for (int at = value.indexOf('@'); at >= 0 && out.size() <= MAX_DOMAINS; at = value.indexOf('@', at + 1)) {
            int end = at + 1;
            while (end < value.length() && end - at <= 253 && isHostChar(value.charAt(end))) {
                end++;
            }
            String host = value.substring(at + 1, end);
            while (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            String domain = OrganizationalDomain.toAscii(host);
            if (!domain.isEmpty() && domain.contains(".")) {
                out.add(domain);
            }
        }
    }

    private static boolean isHostChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }
}
