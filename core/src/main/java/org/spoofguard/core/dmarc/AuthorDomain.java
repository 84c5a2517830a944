package org.spoofguard.core.dmarc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.spoofguard.core.domain.OrganizationalDomain;

/**
 * Extracts the single RFC5322.From domain DMARC evaluates (RFC 7489 §6.6.1, RFC 9989 §4.4).
 *
 * <p>A message with no From, several From header fields, several addresses in From, an empty group, or
 * an address whose domain is not a host name has no single Author Domain. We do not guess: a forger
 * must not be able to pick which of two From addresses is "the" author (a classic DMARC bypass: one
 * aligned domain, one displayed victim domain), so all of these are permerror.
 */
public final class AuthorDomain {
    /** Header values longer than this are not parsed (a From field of real mail is far shorter). */
    static final int MAX_FROM_LENGTH = 16 * 1024;

    private AuthorDomain() {
    }

    /**
     * @param domain lower-case A-label Author Domain when found
     * @param address the address as parsed (for logs)
     * @param error why there is no single Author Domain, "" when found
     */
    public record Extracted(Optional<String> domain, String address, String error) {
        public boolean found() {
            return domain.isPresent();
        }
    }

    /** Never throws. {@code fromHeaderValues}: the raw value of each From header field of the message. */
    public static Extracted extract(List<String> fromHeaderValues) {
        if (fromHeaderValues == null || fromHeaderValues.isEmpty()) {
            return error("no From header");
        }
        if (fromHeaderValues.size() > 1) {
            return error(fromHeaderValues.size() + " From header fields");
        }
        String value = fromHeaderValues.get(0);
        if (value == null || value.isBlank()) {
            return error("empty From header");
        }
        if (value.length() > MAX_FROM_LENGTH) {
            return error("From header longer than " + MAX_FROM_LENGTH + " characters");
        }
        // Unfold (RFC 5322 §2.2.3); stray bare CR/LF are treated as white space too.
        String unfolded = value.replace("\r\n", "").replace('\r', ' ').replace('\n', ' ');
        List<Mailbox> mailboxes = new ArrayList<>();
        try {
            AddressList list = LenientAddressParser.DEFAULT.parseAddressList(unfolded);
            mailboxes.addAll(list.flatten());
        } catch (RuntimeException e) {
            return error("unparseable From header (" + e.getClass().getSimpleName() + ")");
        }
        if (mailboxes.isEmpty()) {
            return error("no address in From header");
        }
        if (mailboxes.size() > 1) {
            return error(mailboxes.size() + " addresses in From header");
        }
        Mailbox mailbox = mailboxes.get(0);
        String rawDomain = mailbox.getDomain();
        String local = mailbox.getLocalPart();
        if (rawDomain == null || rawDomain.isBlank() || local == null || local.isEmpty()) {
            return error("From address without local-part@domain");
        }
        if (rawDomain.startsWith("[")) {
            return error("From address with a domain literal " + DmarcRecord.abbreviate(rawDomain));
        }
        if (rawDomain.contains(" ") || local.indexOf('<') >= 0 || local.indexOf('>') >= 0) {
            return error("malformed From address");
        }
        String domain = OrganizationalDomain.toAscii(rawDomain);
        if (domain.isEmpty() || !domain.contains(".")) {
            return error("From domain '" + DmarcRecord.abbreviate(rawDomain) + "' is not a valid host name");
        }
        return new Extracted(Optional.of(domain), local + "@" + domain, "");
    }

    private static Extracted error(String why) {
        return new Extracted(Optional.empty(), "", why);
    }
}
