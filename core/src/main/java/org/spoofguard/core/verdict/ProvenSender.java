package org.spoofguard.core.verdict;

import java.util.Locale;
import java.util.Optional;

import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;

/**
 * The one definition of a <em>proven</em> sender, used by every part that may write back to a sender or
 * must decide whether a claimed identity is real: {@code SenderIsAuthenticated}, the bounce guard (DSNs),
 * the auto-reply guard and the invoice inspection. Pure, no DNS.
 *
 * <ul>
 * <li><b>Return path proven</b> ({@link #returnPath}): the mail was submitted by one of our own users (SMTP
 *     AUTH), or SPF passed for the MAIL FROM identity of exactly that domain (RFC 7208 §2.4), or a DKIM
 *     signature passed whose d= is relaxed-aligned with the MAIL FROM domain (RFC 6376 §6.1, RFC 7489 §3.1.1),
 *     unless SPF failed or softfailed for that domain (a replayed signature does not overrule the domain's "not
 *     from here").
 *     Without it a DSN or auto-reply could land on a Joe-Job victim.</li>
 * <li><b>From proven</b> ({@link #fromDomain}): DMARC pass (RFC 7489 §3) for exactly that domain (the Author
 *     Domain DMARC evaluated); when DMARC gave no usable answer (none, temperror, permerror), or passed another
 *     domain, the same aligned SPF or DKIM pass DMARC itself would have counted. A DMARC fail is never
 *     overridden.</li>
 * </ul>
 * An SPF pass that every host would have got ({@link SpfResult#isPassForAnyHost()}: {@code +all},
 * {@code ip4:0.0.0.0/0}, also through an include) proves neither: the forger picks a victim domain with such a
 * record, sends from his own host and gets the same pass, so DSNs and out-of-office replies would go to the victim.
 * It counts as SPF saying nothing (like neutral): an aligned DKIM pass can still prove. A DMARC pass is the domain
 * owner's own policy and stays a pass even when it rests on such an SPF pass (RFC 7489 §4.2 counts any SPF pass).
 * A record that carries an error (a check could not finish, or the record could not be read back) proves
 * nothing: fail closed ({@link VerdictRecord#complete()}).
 */
public final class ProvenSender {
    private ProvenSender() {
    }

    /**
     * Why the return path is proven.
     *
     * @param code stable machine reason: {@code proven:smtp-auth}, {@code proven:spf=pass}, {@code proven:dkim=pass(d=...)}
     * @param text for logs and admins
     */
    public record Proof(String code, String text) {
    }

    /**
     * The return path of this record's mail, proven or not: never for the null sender, never for an incomplete
     * record unless an SMTP AUTH user submitted it.
     */
    public static Optional<Proof> returnPath(VerdictRecord record) {
        if (record == null || record.verdict().isNullSender()) {
            return Optional.empty(); // nothing to write back to
        }
        Optional<Proof> submission = submission(record.submittedBy());
        if (submission.isPresent()) {
            return submission;
        }
        if (!record.complete()) {
            return Optional.empty();
        }
        return returnPath(record.verdict(), record.verdict().mailFromDomain());
    }

    /**
     * Our own user, authenticated by SMTP AUTH (or a client of James's authorized networks): nobody forged
     * the return path. {@code submittedBy} is the user, "" for anonymous clients.
     */
    public static Optional<Proof> submission(String submittedBy) {
        if (submittedBy == null || submittedBy.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Proof("proven:smtp-auth", "original mail was submitted by " + submittedBy.trim()));
    }

    /**
     * Is {@code domain} (a MAIL FROM domain) proven by this verdict's SPF or DKIM results? SMTP AUTH is not
     * part of a {@link SenderVerdict}: see {@link #returnPath(VerdictRecord)}.
     */
    public static Optional<Proof> returnPath(SenderVerdict v, String domain) {
        String d = OrganizationalDomain.normalize(domain);
        if (v == null || d.isEmpty() || d.startsWith("[")) {
            return Optional.empty();
        }
        SpfResult spf = v.spfMailFrom();
        if (spfProves(spf) && spfCovers(v, d)) {
            return Optional.of(new Proof("proven:spf=pass", "SPF pass for MAIL FROM domain " + d + " from " + v.clientIp()));
        }
        if ((spf.result() == SpfResultCode.FAIL || spf.result() == SpfResultCode.SOFTFAIL) && spfCovers(v, d)) {
            // RFC 7208 §2.6.4 / §2.6.5: the domain says this client may not (fail) or is probably not (softfail, the
            // "~all" most signing domains publish) allowed to use the address. A DKIM signature proves who wrote the
            // content, and anyone can replay a signed mail from anywhere with MAIL FROM:<any@victim>: it must not
            // overrule the domain's own "not from here", or every DSN and vacation reply goes where the replayer says
            // (backscatter through DKIM replay). The price: a forwarder that keeps the original return path (no SRS)
            // is not proven by the intact signature either; its DSN is kept and can be released (bounce-guard.md).
            return Optional.empty();
        }
        for (DkimResult k : v.dkim()) {
            if (k.isPass() && OrganizationalDomain.relaxedAligned(k.domain(), d)) {
                String kd = OrganizationalDomain.normalize(k.domain());
                return Optional.of(new Proof("proven:dkim=pass(d=" + kd + ")",
                    "DKIM pass for d=" + kd + ", aligned with MAIL FROM domain " + d));
            }
        }
        return Optional.empty();
    }

    /** The unproven reason code of an SPF pass every host would have got ({@link #anyHostPassText}). */
    public static final String SPF_PASS_ANY_HOST = "unproven:spf=pass(any-host)";

    /**
     * Does this SPF result prove that the client is one of the hosts its domain named? A pass does, unless any host
     * would have got it ({@link SpfResult#isPassForAnyHost()}). Whose domain it speaks for is {@link #spfCovers}.
     */
    public static boolean spfProves(SpfResult spf) {
        return spf != null && spf.isPass() && !spf.isPassForAnyHost();
    }

    /** Why an SPF pass every host would have got proves nothing, for logs and admins. */
    public static String anyHostPassText(SpfResult spf, String domain) {
        return "spf=pass for " + domain + " via " + spf.anyHostMechanism() + " is no proof: that mechanism lets"
            + " (nearly) every host on the Internet pass, a forger's too";
    }

    /**
     * Does the recorded SPF result speak for {@code domain}, the MAIL FROM domain? Only a MAIL FROM identity
     * result for exactly that domain does (the HELO identity or a postmaster@HELO stand-in proves nothing
     * about a return path in another domain).
     */
    public static boolean spfCovers(SenderVerdict v, String domain) {
        SpfResult spf = v.spfMailFrom();
        if (!SpfResult.MAILFROM.equalsIgnoreCase(spf.identity())) {
            return false;
        }
        String spfDomain = OrganizationalDomain.normalize(spf.domain());
        if (spfDomain.isEmpty()) {
            spfDomain = v.mailFromDomain();
        }
        return spfDomain.equals(OrganizationalDomain.normalize(domain));
    }

    /** Is the RFC5322.From domain proven (see the class comment)? An incomplete record never is. */
    public static boolean fromDomain(VerdictRecord record, String fromDomain) {
        return record != null && record.complete() && fromDomain(record.verdict(), fromDomain);
    }

    /** {@link #fromDomain(VerdictRecord, String)} for a bare verdict. */
    public static boolean fromDomain(SenderVerdict v, String fromDomain) {
        String from = OrganizationalDomain.normalize(fromDomain).toLowerCase(Locale.ROOT);
        if (v == null || from.isEmpty()) {
            return false;
        }
        switch (v.dmarc().result()) {
            case PASS:
                // A pass is for the Author Domain DMARC evaluated (RFC 7489 §3.1, §6.6.1), not for whatever domain
                // the caller read out of the From field: the invoice inspection parses From itself, and where its
                // reading differs ("<(faktura@supplier.dk>)x@forger.example>": the comment is CFWS inside the
                // angle-addr, RFC 5322 §3.4) the forger's own DMARC pass proved the supplier's domain, delivered
                // his invoice untouched and taught the bank-details memory his account. For another domain the
                // pass says nothing; that domain needs its own aligned pass below.
                if (OrganizationalDomain.strictAligned(v.dmarc().fromDomain(), from)) {
                    return true;
                }
                break;
            case FAIL:
                return false;
            default:
                break;
        }
        if (spfProves(v.spfMailFrom())) {
            String spfDomain = v.spfMailFrom().domain().isEmpty() ? v.mailFromDomain() : v.spfMailFrom().domain();
            if (OrganizationalDomain.relaxedAligned(spfDomain, from)) {
                return true;
            }
        }
        for (DkimResult k : v.dkim()) {
            if (k.isPass() && OrganizationalDomain.relaxedAligned(k.domain(), from)) {
                return true;
            }
        }
        return false;
    }
}
