package org.spoofguard.core.bounce;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.spoofguard.core.dmarc.AuthorDomain;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.verdict.SenderVerdict;

/**
 * May an automatic reply (out-of-office, Sieve vacation, Sieve reject MDN) be sent for a mail we accepted?
 *
 * <p>An auto-reply goes to the return path exactly like a DSN, so a forged MAIL FROM turns every auto-responder
 * into a backscatter source. The proof of the return path is the bounce guard's, {@link BouncePolicy} (SMTP
 * AUTH, SPF pass for the MAIL FROM domain, DKIM pass aligned with it): this class adds only what RFC 3834 §2
 * asks of responders on top of it and never a second definition of "proven". Unlike a DSN, an auto-reply is
 * never sent to an unproven return path, whatever {@code bounce.unproven} says: a DSN tells a possibly honest
 * sender that mail was lost; an out-of-office tells nobody anything they need. Pure; never throws.
 */
public final class AutoReplyPolicy {
    private static final BouncePolicyConfig NEVER_UNPROVEN = new BouncePolicyConfig(false);

    /** Mailboxes RFC 5230 §4.6 names (and their kin) as never to be answered by a vacation responder. */
    private static final java.util.Set<String> AUTOMATIC_SENDERS = java.util.Set.of("mailer-daemon", "listserv",
        "majordomo", "bounce", "bounces");
    /** More wrappings than any real return path carries (an SRS1 of a BATV address is two). */
    private static final int MAX_UNWRAP = 4;

    private AutoReplyPolicy() {
    }

    /**
     * Is the return path a mail system's, list manager's or bulk sender's bounce handler, or one that says "do not
     * reply"? RFC 5230 §4.6 names MAILER-DAEMON, LISTSERV, majordomo, {@code owner-*} and {@code *-request}; such
     * systems write their return paths with a per-recipient tag (VERP: {@code list-bounces+alice=example.dk@},
     * vger's {@code linux-kernel-owner+willy=40w.ods.org-S…@}), a BATV signature ({@code prvs=tag=local}), or a
     * forwarder's SRS rewrite of them ({@code SRS0=hash=tt=domain=local}), so the mailbox is judged, not the
     * spelling: unquoted (RFC 5322 §3.4.1: a quoted local part is the same mailbox), case-insensitively, unwrapped,
     * without its {@code +detail}. A bounce handler ({@code bounces+…@sendgrid.net}, {@code bounce-mc…@mcsv.net})
     * is read only by a machine: the human behind From never sees a reply sent there. Conservative, as RFC 3834
     * is: {@code noreply.julie@} says "do not reply" and gets none; {@code requesting@}, {@code owner@},
     * {@code alice+news@} and {@code postmaster@} (people read it, RFC 5230 §4.6) are answered.
     */
    static boolean isAutomaticSender(String localPart) {
        String mailbox = unquote(localPart).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MAX_UNWRAP; i++) {
            String inner = unwrap(mailbox);
            if (inner.equals(mailbox)) {
                break;
            }
            mailbox = inner;
        }
        int plus = mailbox.indexOf('+');
        String base = plus > 0 ? mailbox.substring(0, plus) : mailbox;
        if (AUTOMATIC_SENDERS.contains(base) || base.startsWith("owner-") || base.endsWith("-request")
                || base.endsWith("-owner") || base.endsWith("-bounces") || base.endsWith("-bounce")
                || base.startsWith("bounce-") || base.startsWith("bounces-")) {
            return true;
        }
        // "noreply", "no-reply", "no_reply", "do-not-reply", "donotreply" as a word of the mailbox
        String words = "." + base.replaceAll("[-_.]", ".") + ".";
        return words.contains(".noreply.") || words.contains(".no.reply.") || words.contains(".donotreply.")
            || words.contains(".do.not.reply.");
    }

    /** The local part without quoting (RFC 5322 §3.2.4 quoted-string, §3.2.1 quoted-pair). */
    private static String unquote(String localPart) {
        if (localPart.indexOf('"') < 0) {
            return localPart;
        }
        StringBuilder out = new StringBuilder(localPart.length());
        boolean quoted = false;
        for (int i = 0; i < localPart.length(); i++) {
            char c = localPart.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < localPart.length()) {
                out.append(localPart.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One wrapping less: BATV ({@code prvs=tag=local}, SparkPost's {@code msprvs1=tag=local}, Barracuda's
     * {@code btv1==hash==local}) and SRS ({@code SRS0=hash=tt=domain=local},
     * {@code SRS1=hash=forwarder==hash=tt=domain=local}) carry the original local part last. Anything else is
     * returned as it is.
     */
    private static String unwrap(String mailbox) {
        if (mailbox.matches("[a-z]*prvs[0-9]*=[^=]+=.+")) {
            return mailbox.substring(mailbox.indexOf('=', mailbox.indexOf('=') + 1) + 1);
        }
        if (mailbox.matches("btv1==[^=]+==.+")) {
            // Barracuda's BATV variant: btv1==hash==local
            return mailbox.substring(mailbox.indexOf("==", 6) + 2);
        }
        if (mailbox.matches("srs0[=+-].+")) {
            String[] parts = mailbox.substring(5).split("=", 4);
            return parts.length == 4 && !parts[3].isEmpty() ? parts[3] : mailbox;
        }
        int twice = mailbox.indexOf("==");
        if (mailbox.matches("srs1[=+-].+") && twice > 0) {
            String[] parts = mailbox.substring(twice + 2).split("=", 4);
            return parts.length == 4 && !parts[3].isEmpty() ? parts[3] : mailbox;
        }
        return mailbox;
    }

    private static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    /**
     * @param verdict      the mail's sender verdict; empty → unproven
     * @param mailFrom     RFC5321.MailFrom, "" or "&lt;&gt;" for the null sender; the only address a reply may go to
     * @param headers      the mail's Auto-Submitted, Precedence and List-Id fields
     * @param reevaluator  asked at most once on temperror (as for DSNs)
     * @param submittedBy  SMTP AUTH user / "authorized-network" that submitted the mail, "" for anonymous clients
     */
    public static BounceDecision decide(Optional<SenderVerdict> verdict, String mailFrom, OriginalHeaders headers,
                                        VerdictReevaluator reevaluator, String submittedBy) {
        try {
            return decideUnsafe(verdict, mailFrom, headers == null ? OriginalHeaders.NONE : headers, reevaluator,
                submittedBy);
        } catch (RuntimeException e) {
            // Our own bug must not turn into backscatter.
            return BounceDecision.suppress("internal-error", "auto-reply policy failed: " + e);
        }
    }

    /**
     * As {@link #decide}, for a responder that addresses its reply to {@code replyTargets} instead of the return
     * path (James's Sieve {@code reject} sends its MDN to the Reply-To or From header field): the proof covers
     * RFC5321.MailFrom only, so any target other than that very address is refused.
     */
    public static BounceDecision decide(Optional<SenderVerdict> verdict, String mailFrom, OriginalHeaders headers,
                                        VerdictReevaluator reevaluator, String submittedBy, List<String> replyTargets) {
        BounceDecision decision = decide(verdict, mailFrom, headers, reevaluator, submittedBy);
        if (!decision.isSend()) {
            return decision;
        }
        String returnPath = BouncePolicy.normalizeMailFrom(mailFrom);
        if (replyTargets == null || replyTargets.isEmpty()) {
            return BounceDecision.suppress("reply-not-to-return-path", "the reply has no recipient");
        }
        for (String target : replyTargets) {
            String t = BouncePolicy.normalizeMailFrom(target);
            if (!sameAddress(t, returnPath)) {
                // A forger controls From/Reply-To even when the return path is his own and proven.
                return BounceDecision.suppress("reply-not-to-return-path", "the reply would go to <" + t
                    + ">, not to the proven return path <" + returnPath + "> (" + decision.code() + ")");
            }
        }
        return decision;
    }

    private static BounceDecision decideUnsafe(Optional<SenderVerdict> verdict, String mailFrom,
                                               OriginalHeaders headers, VerdictReevaluator reevaluator,
                                               String submittedBy) {
        if (BouncePolicy.normalizeMailFrom(mailFrom).isEmpty()) {
            // RFC 3834 §2: responses are never sent to the null reverse-path.
            return BounceDecision.suppress("null-sender", "the return path is the null sender <>");
        }
        String local = localPart(BouncePolicy.normalizeMailFrom(mailFrom));
        if (isAutomaticSender(local)) {
            // RFC 5230 §4.6, RFC 3834 §2: a list manager's or mail system's own address is nobody on holiday's
            // correspondent; answering it loops or lands in a list
            return BounceDecision.suppress("automatic-sender", "the return path <" + local + "@…> is a mail system's "
                + "or list manager's own address");
        }
        for (String value : headers.autoSubmitted()) {
            String keyword = HeaderValues.keyword(value);
            if (!HeaderValues.isNo(value)) {
                // RFC 3834 §2/§5: never answer automatic mail (loops between responders); any value other than
                // "no", including a malformed or empty one, counts as automatic.
                return BounceDecision.suppress("auto-submitted",
                    "mail is Auto-Submitted: " + (keyword.isEmpty() ? "(empty)" : keyword));
            }
        }
        for (String value : headers.contentType()) {
            if (HeaderValues.keyword(value).equals("multipart/report")) {
                // A DSN (RFC 3464) or MDN (RFC 8098) is a machine's report, often from a proven, non-null return
                // path and without Auto-Submitted (MUAs send read receipts from the user's own address): Sieve
                // reject would answer an MDN with an MDN ("An MDN MUST NOT be generated in response to an MDN",
                // RFC 8098 as RFC 2298/3798 before it), a vacation a mail system (RFC 3834 §2). James's own
                // out-of-office (AutomaticallySentMailDetector) already skips multipart/report; now every responder.
                return BounceDecision.suppress("report", "mail is a report (Content-Type multipart/report: a DSN "
                    + "or MDN), not answered");
            }
        }
        for (String value : headers.precedence()) {
            String keyword = HeaderValues.keyword(value);
            if (keyword.equals("bulk") || keyword.equals("junk") || keyword.equals("list")) {
                // RFC 3834 §2: bulk, junk and list mail is not answered, even from a proven sender.
                return BounceDecision.suppress("precedence-" + keyword, "mail has Precedence: " + keyword);
            }
            if (keyword.equals("auto_reply") || keyword.equals("auto-reply")) {
                // an auto-reply older than Auto-Submitted (RFC 3834) marks itself so: answering it starts a loop
                return BounceDecision.suppress("precedence-auto-reply", "mail has Precedence: " + keyword);
            }
        }
        if (!headers.listId().isEmpty()) {
            // RFC 3834 §2 (RFC 2919): a reply to a list message would go to the list or its bounce address.
            return BounceDecision.suppress("list-id", "mail carries List-Id");
        }
        if (!headers.listFields().isEmpty()) {
            // RFC 5230 §4.6 names every RFC 2369 field, not only List-Id: a newsletter with only List-Unsubscribe
            // is list mail too (James's out-of-office and jSieve's vacation already skipped it; now every responder).
            String field = headers.listFields().get(0);
            int colon = field.indexOf(':');
            return BounceDecision.suppress("list-header", "mail carries "
                + (colon > 0 ? field.substring(0, colon) : "a list field") + " (RFC 2369)");
        }
        for (String value : headers.autoResponseSuppress()) {
            for (String token : HeaderValues.stripComments(value).split(",")) {
                String t = token.trim().toLowerCase(Locale.ROOT);
                if (t.equals("oof") || t.equals("autoreply") || t.equals("all")) {
                    // Microsoft's X-Auto-Response-Suppress (MS-OXCMAIL): the sender asked for no out-of-office
                    // (OOF), no other automatic reply (AutoReply) or none (All); Exchange's own replies carry it.
                    return BounceDecision.suppress("auto-response-suppress",
                        "mail has X-Auto-Response-Suppress: " + token.trim());
                }
            }
        }
        BounceDecision proof = BouncePolicy.decide(verdict == null ? Optional.empty() : verdict, mailFrom, headers,
            NEVER_UNPROVEN, reevaluator, submittedBy);
        if (proof.isSend() && !proof.code().startsWith("proven:")) {
            // Belt and braces: only a proof sends, never a configured leniency.
            return BounceDecision.suppress(proof.code(), proof.text());
        }
        return proof;
    }

    /**
     * Is this the away user's own mail? RFC 5230 §4.5: a vacation never answers a message whose envelope sender is
     * the user's own address (or one of the script's {@code :addresses}); an out-of-office to oneself (a copy, a
     * group one is in) tells nobody anything. Whole address, letter case aside, as James compares users.
     *
     * @param returnPath    RFC5321.MailFrom of the mail
     * @param userAddresses the user's address and any others the user declared as their own
     */
    public static boolean isOwnMail(String returnPath, java.util.Collection<String> userAddresses) {
        String sender = BouncePolicy.normalizeMailFrom(returnPath);
        if (sender.isEmpty() || userAddresses == null) {
            return false;
        }
        // our users' mail leaves BATV-tagged (prvs=KDDDSSSSSS=alice@ours, BatvSign): that is her own address too.
        // Unverified on purpose: it can only keep a reply from being sent.
        String untagged = org.spoofguard.core.batv.BatvAddress.parse(sender)
            .map(org.spoofguard.core.batv.BatvAddress::original).orElse(sender);
        return userAddresses.stream().filter(a -> a != null)
            .map(a -> comparable(BouncePolicy.normalizeMailFrom(a)))
            .anyMatch(a -> a.equals(comparable(sender)) || a.equals(comparable(untagged)));
    }

    /** Header fields that name the recipients a mail was written to (RFC 5230 §4.5, RFC 3834 §2). */
    public static final List<String> RECIPIENT_FIELDS = List.of("To", "Cc", "Bcc", "Resent-To", "Resent-Cc",
        "Resent-Bcc");
    /** Addresses of those fields asked whether they are an alias of the user (each may be a lookup). */
    static final int MAX_ALIAS_LOOKUPS = 10;
    private static final int MAX_FIELD_LENGTH = 64 * 1024;

    /**
     * Was the mail written to the user? RFC 5230 §4.5 (RFC 3834 §2 likewise): a vacation answers only a message
     * whose To, Cc, Bcc, Resent-To, Resent-Cc or Resent-Bcc names the user's address (or one the user declared,
     * Sieve's {@code :addresses}, or an alias of the user). Bcc'd mass mail, "undisclosed-recipients:;" and list
     * or forwarded copies the user was not named in get no reply: a reply to them tells a bulk sender only that
     * the address is read. Letter case aside, as James compares users; an unparseable field names nobody.
     *
     * @param recipientFields the values of {@link #RECIPIENT_FIELDS}, every occurrence
     * @param ownAddresses    the user's address and those declared as the user's
     * @param aliasOfUser     whether another address leads to the user (asked for at most
     *                        {@value #MAX_ALIAS_LOOKUPS} addresses); false when unknown
     */
    public static boolean isAddressedTo(List<String> recipientFields, java.util.Collection<String> ownAddresses,
                                        java.util.function.Predicate<String> aliasOfUser) {
        List<String> named = new java.util.ArrayList<>();
        for (String field : recipientFields == null ? List.<String>of() : recipientFields) {
            if (field == null || field.length() > MAX_FIELD_LENGTH) {
                continue;
            }
            try {
                // as AuthorDomain parses From: mime4j cuts each char of a String to 8 bits ("alic\u0435" was "alic5")
                for (org.apache.james.mime4j.dom.address.Mailbox m : org.apache.james.mime4j.field.address
                        .LenientAddressParser.DEFAULT.parseAddressList(AuthorDomain.asBytes(
                            field.replaceAll("\\r?\\n", ""))).flatten()) {
                    String local = AuthorDomain.fromBytes(m.getLocalPart());
                    String domain = AuthorDomain.fromBytes(m.getDomain());
                    if (local != null && domain != null && !domain.isBlank()) {
                        named.add(local + "@" + domain);
                    }
                }
            } catch (RuntimeException e) {
                // names nobody
            }
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        for (String a : ownAddresses == null ? List.<String>of() : ownAddresses) {
            if (a != null) {
                own.add(comparable(BouncePolicy.normalizeMailFrom(a)));
            }
        }
        if (named.stream().anyMatch(a -> own.contains(comparable(a)))) {
            return true;
        }
        return aliasOfUser != null && named.stream().distinct().limit(MAX_ALIAS_LOOKUPS).anyMatch(a -> {
            try {
                return aliasOfUser.test(a);
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /**
     * An address as the user's own are compared: letter case aside (as James compares users), the domain in
     * {@link DomainName}'s A-label form, so {@code alice@tønder.dk} names {@code alice@xn--tnder-vua.dk}
     * (RFC 5890 §2.3.2.1: one domain, two spellings).
     */
    private static String comparable(String address) {
        return DomainName.mailbox(address).orElse(address).toLowerCase(Locale.ROOT);
    }

    /** Local part exact (RFC 5321 §2.4), domain case-insensitive. */
    static boolean sameAddress(String a, String b) {
        int ia = a.lastIndexOf('@');
        int ib = b.lastIndexOf('@');
        if (ia <= 0 || ib <= 0) {
            return false;
        }
        return a.substring(0, ia).equals(b.substring(0, ib))
            && a.substring(ia + 1).toLowerCase(Locale.ROOT).equals(b.substring(ib + 1).toLowerCase(Locale.ROOT));
    }
}
