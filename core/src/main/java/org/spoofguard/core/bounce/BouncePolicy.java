package org.spoofguard.core.bounce;

import java.util.Locale;
import java.util.Optional;

import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.spf.SpfResult;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.ProvenSender;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * May a DSN be sent to the return path of a mail that failed after we accepted it?
 *
 * <p>A DSN goes to RFC5321.MailFrom (RFC 5321 §4.5.5, RFC 3464). When that address is forged, the DSN lands
 * on an innocent third party (backscatter, "Joe Job"). So we send only when the return path is proven to
 * belong to whoever gave us the mail: SPF pass for the MAIL FROM identity, or a DKIM pass relaxed-aligned
 * with the MAIL FROM domain. Pure: no I/O besides the optional one-shot re-evaluation.
 */
public final class BouncePolicy {
    private BouncePolicy() {
    }

    public static BounceDecision decide(Optional<SenderVerdict> verdict, String mailFrom, OriginalHeaders headers,
                                        BouncePolicyConfig config) {
        return decide(verdict, mailFrom, headers, config, VerdictReevaluator.NONE);
    }

    /**
     * @param verdict the original mail's verdict; empty → unproven ({@code no-verdict})
     * @param mailFrom the failed mail's RFC5321.MailFrom, "" or "&lt;&gt;" for the null sender
     * @param reevaluator asked at most once, only when the original evaluation ended in temperror
     */
    public static BounceDecision decide(Optional<SenderVerdict> verdict, String mailFrom, OriginalHeaders headers,
                                        BouncePolicyConfig config, VerdictReevaluator reevaluator) {
        return decide(verdict, mailFrom, headers, config, reevaluator, "");
    }

    /**
     * @param submittedBy who handed us the original mail when that was an authenticated submission (SMTP AUTH
     *                    user, or "authorized-network"); "" for anonymous clients
     */
    public static BounceDecision decide(Optional<SenderVerdict> verdict, String mailFrom, OriginalHeaders headers,
                                        BouncePolicyConfig config, VerdictReevaluator reevaluator, String submittedBy) {
        try {
            return decideUnsafe(verdict == null ? Optional.empty() : verdict, mailFrom,
                headers == null ? OriginalHeaders.NONE : headers,
                config == null ? BouncePolicyConfig.DEFAULT : config,
                reevaluator == null ? VerdictReevaluator.NONE : reevaluator,
                submittedBy == null ? "" : submittedBy.trim());
        } catch (RuntimeException e) {
            // Our own bug must not turn into backscatter: undecided means not proven.
            return BounceDecision.suppress("internal-error", "bounce policy failed: " + e);
        }
    }

    private static BounceDecision decideUnsafe(Optional<SenderVerdict> verdict, String rawMailFrom,
                                               OriginalHeaders headers, BouncePolicyConfig config,
                                               VerdictReevaluator reevaluator, String submittedBy) {
        String mailFrom = normalizeMailFrom(rawMailFrom);
        if (mailFrom.isEmpty()) {
            // RFC 5321 §4.5.5 / RFC 3464 §2: never answer the null reverse-path (bounce loops).
            return BounceDecision.suppress("null-sender", "the return path is the null sender <>");
        }
        if (!submittedBy.isEmpty()) {
            // Our own user, authenticated by SMTP AUTH (or a trusted relay client): nobody forged this return
            // path, and an honest sender must learn that the mail failed (the reason the guard exists).
            ProvenSender.Proof proof = ProvenSender.submission(submittedBy).orElseThrow();
            return BounceDecision.send(proof.code(), proof.text());
        }
        int at = mailFrom.lastIndexOf('@');
        String domain = at < 0 ? "" : OrganizationalDomain.normalize(mailFrom.substring(at + 1));
        if (domain.isEmpty() || domain.startsWith("[")) {
            return BounceDecision.suppress("invalid-return-path",
                "return path <" + mailFrom + "> has no domain that could be authenticated");
        }
        if (verdict.isEmpty()) {
            return unprovenOrList(headers, config, "no-verdict",
                "no sender verdict recorded for the original mail");
        }
        SenderVerdict v = verdict.get();
        BounceDecision first = evaluate(v, domain, headers, config);
        if (first != TEMPERROR_MARKER) {
            return first;
        }
        Optional<SenderVerdict> second = reevaluateOnce(v, reevaluator);
        if (second.isPresent()) {
            BounceDecision again = evaluate(second.get(), domain, headers, config);
            if (again != TEMPERROR_MARKER) {
                return again;
            }
        }
        return unprovenOrList(headers, config, "temperror",
            "sender authentication had a temporary error" + (second.isPresent() ? " again on re-evaluation" : "")
                + "; return path unproven");
    }

    /** Sentinel: "proof failed only for a transient reason". Never returned to callers. */
    private static final BounceDecision TEMPERROR_MARKER = BounceDecision.suppress("temperror", "marker");

    private static BounceDecision evaluate(SenderVerdict v, String domain, OriginalHeaders headers,
                                           BouncePolicyConfig config) {
        SpfResult spf = v.spfMailFrom();
        boolean spfApplies = ProvenSender.spfCovers(v, domain);
        Optional<ProvenSender.Proof> proof = ProvenSender.returnPath(v, domain);
        if (proof.isPresent()) {
            return BounceDecision.send(proof.get().code(), proof.get().text());
        }
        if (spfApplies) {
            switch (spf.result()) {
                case FAIL:
                    return BounceDecision.suppress("spf=fail",
                        "SPF fail: " + v.clientIp() + " is not allowed to send for " + domain + reason(spf));
                case SOFTFAIL:
                    return BounceDecision.suppress("spf=softfail",
                        "SPF softfail: " + domain + " says " + v.clientIp() + " is probably not its sender" + reason(spf));
                case PERMERROR:
                    return BounceDecision.suppress("spf=permerror",
                        "SPF permerror: the SPF record of " + domain + " is broken" + reason(spf));
                default:
                    break;
            }
        }
        boolean spfTemp = spfApplies && spf.result() == SpfResultCode.TEMPERROR;
        boolean dkimTemp = v.dkim().stream().anyMatch(d -> d.result() == DkimResultCode.TEMPERROR
            && OrganizationalDomain.relaxedAligned(d.domain(), domain));
        if (spfTemp || dkimTemp) {
            return TEMPERROR_MARKER;
        }
        if (!spfApplies) {
            return unprovenOrList(headers, config, "unproven:spf-not-for-mailfrom",
                "the recorded SPF result is for " + describe(spf) + ", not for MAIL FROM domain " + domain);
        }
        if (spf.isPassForAnyHost()) {
            return unprovenOrList(headers, config, ProvenSender.SPF_PASS_ANY_HOST,
                ProvenSender.anyHostPassText(spf, domain) + "; the return path is unproven");
        }
        String code = "unproven:spf=" + spf.result().keyword();
        return unprovenOrList(headers, config, code, "SPF " + spf.result().keyword() + " for " + domain
            + ": the return path is neither proven nor disproven" + reason(spf));
    }

    /** Auto-Submitted, Precedence and List-Id only matter when the sender is not authenticated. */
    private static BounceDecision unprovenOrList(OriginalHeaders headers, BouncePolicyConfig config,
                                                 String code, String text) {
        for (String value : headers.autoSubmitted()) {
            String keyword = HeaderValues.keyword(value);
            if (!HeaderValues.isNo(value)) {
                // Not before the proof: a DSN is no automatic response (RFC 3834 §1 leaves DSNs out; it goes from
                // <> and cannot loop), and RFC 5321 §6.1 owes a proven sender the failure notice. Unproven, automated
                // mail is a cheap vehicle for a forged return path, so it is not answered even with sendUnproven.
                return BounceDecision.suppress("auto-submitted", "original mail is Auto-Submitted: "
                    + (keyword.isEmpty() ? "(empty)" : keyword) + " and an unauthenticated sender (" + code + ")");
            }
        }
        for (String value : headers.precedence()) {
            String keyword = HeaderValues.keyword(value);
            if (keyword.equals("bulk") || keyword.equals("junk") || keyword.equals("list")) {
                // RFC 3834 §3.1.8 / §2: bulk and list mail is not answered; unauthenticated, it is
                // the typical vehicle for a forged return path.
                return BounceDecision.suppress("precedence-" + keyword,
                    "original mail has Precedence: " + keyword + " and an unauthenticated sender (" + code + ")");
            }
        }
        if (!headers.listId().isEmpty()) {
            return BounceDecision.suppress("list-id",
                "original mail carries List-Id and an unauthenticated sender (" + code + ")");
        }
        if (config.sendUnproven()) {
            return BounceDecision.send(code, text + "; sent because sendUnproven is on");
        }
        return BounceDecision.suppress(code, text);
    }

    private static Optional<SenderVerdict> reevaluateOnce(SenderVerdict original, VerdictReevaluator reevaluator) {
        if (reevaluator == VerdictReevaluator.NONE || !isUsableClientIp(original.clientIp())) {
            return Optional.empty();
        }
        try {
            Optional<SenderVerdict> result = reevaluator.reevaluate(original);
            if (result == null || result.isEmpty()) {
                return Optional.empty();
            }
            // A re-evaluation against any other address (e.g. the 127.0.0.1 of a LocalDelivery error mail)
            // would prove nothing about who handed us the original.
            if (!result.get().clientIp().equalsIgnoreCase(original.clientIp())) {
                return Optional.empty();
            }
            return result;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean isUsableClientIp(String ip) {
        if (ip == null || ip.isBlank()) {
            return false;
        }
        String s = ip.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("ipv6:")) {
            s = s.substring(5);
        }
        return !(s.startsWith("127.") || s.equals("::1") || s.equals("0:0:0:0:0:0:0:1")
            || s.equals("::ffff:127.0.0.1") || s.equals("0.0.0.0") || s.equals("::"));
    }

    private static String describe(SpfResult spf) {
        return spf.identity() + (spf.domain().isEmpty() ? "" : " " + spf.domain());
    }

    private static String reason(SpfResult spf) {
        return spf.reason().isEmpty() ? "" : " (" + spf.reason() + ")";
    }

    static String normalizeMailFrom(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.trim();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }
}
