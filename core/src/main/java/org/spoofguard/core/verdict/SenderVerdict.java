package org.spoofguard.core.verdict;

import java.util.List;
import java.util.Objects;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.dmarc.DmarcResult;
import org.spoofguard.core.spf.SpfResult;

/**
 * Everything SpoofGuard knows about who really sent one mail, decided once per mail and then read by
 * every other part (bounce guard, invoice quarantine, matchers). Immutable.
 *
 * @param clientIp the SMTP client's IP address literal
 * @param helo the HELO/EHLO name the client gave ("" if none)
 * @param mailFrom the RFC5321.MailFrom address, "" for the null sender
 * @param spfMailFrom SPF for the MAIL FROM identity (RFC 7208 §2.4; for the null sender: postmaster@HELO)
 * @param spfHelo SPF for the HELO identity (RFC 7208 §2.3)
 * @param dkim one result per DKIM-Signature header, empty when unsigned
 * @param dmarc DMARC for the RFC5322.From domain
 */
public record SenderVerdict(String clientIp, String helo, String mailFrom,
                            SpfResult spfMailFrom, SpfResult spfHelo,
                            List<DkimResult> dkim, DmarcResult dmarc) {
    public SenderVerdict {
        clientIp = clientIp == null ? "" : clientIp;
        helo = helo == null ? "" : helo;
        mailFrom = mailFrom == null ? "" : mailFrom;
        Objects.requireNonNull(spfMailFrom, "spfMailFrom");
        Objects.requireNonNull(spfHelo, "spfHelo");
        dkim = List.copyOf(dkim);
        Objects.requireNonNull(dmarc, "dmarc");
    }

    public boolean isNullSender() {
        return mailFrom.isEmpty();
    }

    /** The MAIL FROM domain, or "" for the null sender. */
    public String mailFromDomain() {
        int at = mailFrom.lastIndexOf('@');
        return at < 0 ? "" : mailFrom.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Is the RFC5321.MailFrom domain proven to be the real sender by SPF or DKIM? The one rule is
     * {@link ProvenSender#returnPath(SenderVerdict, String)}. Always false for the null sender.
     */
    public boolean mailFromProven() {
        return ProvenSender.returnPath(this, mailFromDomain()).isPresent();
    }

    /** The RFC5322.From domain is authenticated: DMARC pass (aligned SPF or DKIM). */
    public boolean fromDomainAuthenticated() {
        return dmarc.isPass();
    }
}
