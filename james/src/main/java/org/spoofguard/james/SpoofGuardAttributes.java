package org.spoofguard.james;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceDecision;
import org.spoofguard.core.bounce.BounceDecisionCodec;
import org.spoofguard.core.bounce.BounceRecord;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.invoice.InvoiceAction;
import org.spoofguard.core.invoice.InvoiceDecisionCodec;
import org.spoofguard.core.session.SessionContext;
import org.spoofguard.core.verdict.AuthenticationResultsHeader;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.core.verdict.VerdictRecord;
import org.spoofguard.core.verdict.VerdictRecordCodec;

/**
 * The one owner of what SpoofGuard records about a mail's sender, on the James side: every hook, matcher and
 * mailet reads and writes the {@link VerdictRecord} (sender verdict with its session context, SMTP AUTH
 * submitter, checks that did not finish) through this class only.
 *
 * <p><b>Carrier.</b> The mail attribute {@value #VERDICT_NAME}: a String in {@link VerdictRecordCodec}'s
 * versioned format ({@code v=1; ...}). A String because James serialises attributes when it spools a mail
 * (the ActiveMQ queue, file and JDBC repositories) and a String survives every one of them unchanged; a
 * custom Serializable would need its own James {@code Serializer}. The keyword attributes
 * ({@code org.spoofguard.spf.mailfrom}, {@code .spf.helo}, {@code .dkim}, {@code .dmarc}) are derived from it for
 * admins' own matchers (James's {@code HasMailAttributeWithValue}); nothing of ours reads them.
 *
 * <p><b>Headers are output</b> for people and other servers ({@code Authentication-Results}, {@code Received-SPF},
 * {@code X-SpoofGuard-Error}), with one exception: LocalDelivery's failure mails are new mails without
 * attributes, so the same codec value also travels as our own header {@value #RECORD_HEADER}. It is read
 * back only when the attribute is missing, and only its first occurrence, the one at the top of the message:
 * {@link #stamp} deletes every incoming copy (and every incoming {@code Authentication-Results} claiming our
 * authserv-id, RFC 8601 §5) before putting ours on top. Its size does not depend on the message (at most 16
 * DKIM results, clipped reasons), so no amount of padding or junk signatures can make it unreadable; if it
 * still cannot be read, the record is "unauthenticated, with an error", never "no information".
 */
public final class SpoofGuardAttributes {
    public static final String VERDICT_NAME = "org.spoofguard.verdict";
    /** The record (String, {@link VerdictRecordCodec}). */
    public static final AttributeName VERDICT = AttributeName.of(VERDICT_NAME);
    /** Derived: SPF result keyword for the MAIL FROM identity. */
    public static final AttributeName SPF_MAILFROM = AttributeName.of("org.spoofguard.spf.mailfrom");
    /** Derived: SPF result keyword for the HELO identity. */
    public static final AttributeName SPF_HELO = AttributeName.of("org.spoofguard.spf.helo");
    /** Derived: the best DKIM result keyword (pass &gt; fail &gt; ...), "none" when unsigned. */
    public static final AttributeName DKIM = AttributeName.of("org.spoofguard.dkim");
    /** Derived: DMARC result keyword. */
    public static final AttributeName DMARC = AttributeName.of("org.spoofguard.dmarc");
    /** Derived: the checks that did not finish, "; "-joined (absent when all finished). */
    public static final AttributeName ERROR = AttributeName.of("org.spoofguard.error");

    /**
     * The bounce guard's decision on a failed mail (String, {@link BounceDecisionCodec}, {@code v=1; action=...}),
     * written by the matcher that decided and read by {@code SuppressBounce} (which must not decide, or count,
     * twice) and the console.
     */
    public static final AttributeName BOUNCE = AttributeName.of("org.spoofguard.bounce");
    /** Derived from {@link #BOUNCE} (and read only for mails held by a release without it): send / suppress. */
    public static final AttributeName BOUNCE_DECISION = AttributeName.of("org.spoofguard.bounce.decision");
    /** Derived: the machine reason, e.g. {@code spf=fail}. */
    public static final AttributeName BOUNCE_REASON = AttributeName.of("org.spoofguard.bounce.reason");
    /** Derived: the failure's cause code, e.g. {@code remote-permanent}. */
    public static final AttributeName BOUNCE_CAUSE = AttributeName.of("org.spoofguard.bounce.cause");
    /** Derived: the reason in words. */
    public static final AttributeName BOUNCE_TEXT = AttributeName.of("org.spoofguard.bounce.text");

    /**
     * The invoice decision (String, {@link InvoiceDecisionCodec}, {@code v=1; action=...}): the one the invoice
     * matcher and mailets and the console read.
     */
    public static final AttributeName INVOICE_DECISION = AttributeName.of("org.spoofguard.invoice.decision");
    /** Derived from {@link #INVOICE_DECISION} (and read only for mails spooled by a release without it): the summary line. */
    public static final AttributeName INVOICE_VERDICT = AttributeName.of("org.spoofguard.invoice.verdict");
    /** Derived: deliver / tag / quarantine, for admins' own matchers. */
    public static final AttributeName INVOICE_ACTION = AttributeName.of("org.spoofguard.invoice.action");
    /** Derived: every reason, one per line (WebAdmin's repository listing shows it). */
    public static final AttributeName INVOICE_REASONS = AttributeName.of("org.spoofguard.invoice.reasons");
    /** Derived: our own failure, absent when the inspection worked. */
    public static final AttributeName INVOICE_ERROR = AttributeName.of("org.spoofguard.invoice.error");

    /**
     * The SMTP session context (String, {@link SessionContext#toHeaderValue()}, {@code ...; v=1}; the unversioned
     * form of the previous release is still read), written at SMTP time by {@code SessionContextHook}.
     */
    public static final AttributeName SESSION = AttributeName.of(SessionContext.ATTRIBUTE);

    /** Our own copy of the record inside the message, for paths that drop attributes. */
    public static final String RECORD_HEADER = "X-SpoofGuard-Record";
    /** Tells people and filters that a check did not finish (fail closed: the mail counts as unauthenticated). */
    public static final String ERROR_HEADER = "X-SpoofGuard-Error";
    public static final String RECEIVED_SPF = "Received-SPF";

    private SpoofGuardAttributes() {
    }

    /** Sets {@link #VERDICT} and the derived keyword attributes. */
    public static void write(Mail mail, VerdictRecord record) {
        SenderVerdict verdict = record.verdict();
        mail.setAttribute(new Attribute(VERDICT, AttributeValue.of(VerdictRecordCodec.encode(record))));
        mail.setAttribute(new Attribute(SPF_MAILFROM, AttributeValue.of(verdict.spfMailFrom().result().keyword())));
        mail.setAttribute(new Attribute(SPF_HELO, AttributeValue.of(verdict.spfHelo().result().keyword())));
        mail.setAttribute(new Attribute(DKIM, AttributeValue.of(dkimSummary(verdict))));
        mail.setAttribute(new Attribute(DMARC, AttributeValue.of(verdict.dmarc().result().keyword())));
        if (record.complete()) {
            mail.removeAttribute(ERROR);
        } else {
            mail.setAttribute(new Attribute(ERROR, AttributeValue.of(String.join("; ", record.errors()))));
        }
    }

    /**
     * One DKIM keyword for the whole message: "pass" if any signature passed, else the most telling
     * failure (RFC 6376 §6.1: only broken signatures is like unsigned, but the admin wants to see why).
     */
    public static String dkimSummary(SenderVerdict verdict) {
        if (verdict.dkim().isEmpty()) {
            return "none";
        }
        List<String> order = List.of("pass", "fail", "temperror", "permerror", "policy", "neutral", "none");
        String best = "none";
        for (DkimResult d : verdict.dkim()) {
            String k = d.result().keyword();
            if (order.indexOf(k) < order.indexOf(best)) {
                best = k;
            }
        }
        return best;
    }

    /**
     * This mail's record: the attribute, else our header at the top of the message. Empty only when neither
     * exists (no SpoofGuard check ever ran on it); anything present but unreadable is an unauthenticated record
     * with an error. Never throws.
     */
    public static Optional<VerdictRecord> read(Mail mail) {
        Optional<Object> value;
        try {
            value = mail.getAttribute(VERDICT).map(Attribute::getValue).map(AttributeValue::value);
        } catch (RuntimeException e) {
            return Optional.of(VerdictRecord.unauthenticated("", "", "", "unreadable verdict attribute: " + e));
        }
        if (value.isPresent()) {
            return Optional.of(VerdictRecordCodec.decode(String.valueOf(value.get())));
        }
        try {
            return fromMessage(mail.getMessage());
        } catch (MessagingException | RuntimeException e) {
            return Optional.of(VerdictRecord.unauthenticated("", "", "", "unreadable message header: "
                + e.getClass().getSimpleName()));
        }
    }

    /**
     * Sets {@link #INVOICE_DECISION} (bounded, {@link InvoiceDecisionCodec}) and the derived keyword attributes
     * ({@code org.spoofguard.invoice.verdict|action|reasons|error}), which hold the same bounded values.
     */
    public static void writeInvoice(Mail mail, InvoiceDecisionCodec.Carried decision) {
        InvoiceDecisionCodec.Carried d = InvoiceDecisionCodec.bounded(decision);
        mail.setAttribute(new Attribute(INVOICE_DECISION, AttributeValue.of(InvoiceDecisionCodec.encode(d))));
        mail.setAttribute(new Attribute(INVOICE_VERDICT, AttributeValue.of(d.summary())));
        mail.setAttribute(new Attribute(INVOICE_ACTION, AttributeValue.of(d.action().keyword())));
        mail.setAttribute(new Attribute(INVOICE_REASONS, AttributeValue.of(String.join("\n", d.reasons()))));
        if (d.error().isEmpty()) {
            mail.removeAttribute(INVOICE_ERROR);
        } else {
            mail.setAttribute(new Attribute(INVOICE_ERROR, AttributeValue.of(d.error())));
        }
    }

    /**
     * This mail's invoice decision: {@link #INVOICE_DECISION}, else (a mail spooled or held by the release before
     * it, which wrote only the keyword attributes) those. Empty only when neither exists (never inspected); a
     * value present but unreadable is {@link InvoiceDecisionCodec#unreadable} (quarantine, with an error), never
     * "not inspected". Never throws.
     */
    public static Optional<InvoiceDecisionCodec.Carried> readInvoice(Mail mail) {
        try {
            Optional<Object> value = mail.getAttribute(INVOICE_DECISION).map(Attribute::getValue).map(AttributeValue::value);
            if (value.isPresent()) {
                return Optional.of(value.get() instanceof String s ? InvoiceDecisionCodec.decode(s)
                    : InvoiceDecisionCodec.unreadable("not a String"));
            }
            return legacyInvoice(mail);
        } catch (RuntimeException e) {
            return Optional.of(InvoiceDecisionCodec.unreadable("attribute: " + e.getClass().getSimpleName()));
        }
    }

    /** The previous release's four loose attributes; an action present but unreadable fails closed. */
    private static Optional<InvoiceDecisionCodec.Carried> legacyInvoice(Mail mail) {
        Optional<Object> action = mail.getAttribute(INVOICE_ACTION).map(Attribute::getValue).map(AttributeValue::value);
        if (action.isEmpty()) {
            return Optional.empty();
        }
        InvoiceAction parsed;
        try {
            parsed = InvoiceDecisionCodec.action(String.valueOf(action.get()).trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.of(InvoiceDecisionCodec.unreadable("unknown action in " + INVOICE_ACTION.asString()));
        }
        String reasons = string(mail, INVOICE_REASONS);
        return Optional.of(InvoiceDecisionCodec.bounded(new InvoiceDecisionCodec.Carried(parsed,
            string(mail, INVOICE_VERDICT), reasons.isEmpty() ? List.of() : List.of(reasons.split("\n")),
            string(mail, INVOICE_ERROR))));
    }

    /**
     * Sets {@link #BOUNCE} (bounded, {@link BounceDecisionCodec}) and the derived attributes
     * {@code org.spoofguard.bounce.decision|reason|cause|text}, which hold the same bounded values: admins read them
     * in WebAdmin's view of a held mail (docs/bounce-guard.md) and may match on them; nothing of ours reads them.
     */
    public static void writeBounce(Mail mail, BounceRecord record) {
        BounceRecord r = BounceDecisionCodec.bounded(record);
        mail.setAttribute(new Attribute(BOUNCE, AttributeValue.of(BounceDecisionCodec.encode(r))));
        mail.setAttribute(new Attribute(BOUNCE_DECISION, AttributeValue.of(r.decision().action().keyword())));
        mail.setAttribute(new Attribute(BOUNCE_REASON, AttributeValue.of(r.decision().code())));
        mail.setAttribute(new Attribute(BOUNCE_CAUSE, AttributeValue.of(r.cause().code())));
        mail.setAttribute(new Attribute(BOUNCE_TEXT, AttributeValue.of(r.decision().text())));
    }

    /**
     * This mail's bounce decision: {@link #BOUNCE}, else (a mail held by the release before it, which wrote only the
     * four loose attributes) those. Empty only when neither exists (the guard never decided); a value present but
     * unreadable is {@link BounceDecisionCodec#unreadable} (suppress), never "not decided" (which would let a
     * {@code match="All"} SuppressBounce decide again on a mail whose evidence may be gone). Never throws.
     */
    public static Optional<BounceRecord> readBounce(Mail mail) {
        try {
            Optional<Object> value = mail.getAttribute(BOUNCE).map(Attribute::getValue).map(AttributeValue::value);
            if (value.isPresent()) {
                return Optional.of(value.get() instanceof String s ? BounceDecisionCodec.decode(s)
                    : BounceDecisionCodec.unreadable("not a String"));
            }
            return legacyBounce(mail);
        } catch (RuntimeException e) {
            return Optional.of(BounceDecisionCodec.unreadable("attribute: " + e.getClass().getSimpleName()));
        }
    }

    /** The previous release's four loose attributes; a decision or cause present but unknown fails closed. */
    private static Optional<BounceRecord> legacyBounce(Mail mail) {
        Optional<Object> decision = mail.getAttribute(BOUNCE_DECISION).map(Attribute::getValue).map(AttributeValue::value);
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        BounceDecision.Action action;
        BounceCause cause = BounceCause.OTHER;
        String causeCode = string(mail, BOUNCE_CAUSE);
        try {
            action = BounceDecisionCodec.action(String.valueOf(decision.get()));
            if (!causeCode.isEmpty()) {
                cause = BounceDecisionCodec.cause(causeCode);
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(BounceDecisionCodec.unreadable(e.getMessage() + " in " + BOUNCE_DECISION.asString()
                + "|cause"));
        }
        return Optional.of(BounceDecisionCodec.bounded(new BounceRecord(
            new BounceDecision(action, string(mail, BOUNCE_REASON), string(mail, BOUNCE_TEXT)), cause)));
    }

    private static String string(Mail mail, AttributeName name) {
        return mail.getAttribute(name).map(Attribute::getValue).map(AttributeValue::value)
            .filter(String.class::isInstance).map(String.class::cast).orElse("");
    }

    /** Sets {@link #SESSION}. */
    public static void writeSession(Mail mail, SessionContext context) {
        mail.setAttribute(new Attribute(SESSION, AttributeValue.of(context.toHeaderValue())));
    }

    /**
     * The session context recorded at SMTP time; empty when there is none or it cannot be read exactly (not a
     * String, another version, repeated keys, no client IP). Empty is safe here: the context is only the input
     * of a recomputation, and without it {@code ComputeSenderVerdict} keeps (or restores) the record, never
     * invents one. Never throws.
     */
    public static Optional<SessionContext> readSession(Mail mail) {
        try {
            return mail.getAttribute(SESSION)
                .flatMap(attribute -> attribute.getValue().valueAs(String.class))
                .flatMap(SessionContext::parseHeaderValue);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Has this mail the record attribute (computed at SMTP time or by the mailet)? */
    public static boolean hasAttribute(Mail mail) {
        return mail.getAttribute(VERDICT).isPresent();
    }

    /** The record from the first {@value #RECORD_HEADER} field of the message; empty when there is none. */
    public static Optional<VerdictRecord> fromMessage(MimeMessage message) throws MessagingException {
        if (message == null) {
            return Optional.empty();
        }
        String[] values = message.getHeader(RECORD_HEADER);
        if (values == null || values.length == 0) {
            return Optional.empty();
        }
        return Optional.of(VerdictRecordCodec.decode(unfold(values[0])));
    }

    /**
     * Removes every incoming {@value #RECORD_HEADER}, {@value #ERROR_HEADER} and Authentication-Results field
     * claiming {@code authservId} (forged or stale, RFC 8601 §5), then puts ours on top, where trace fields
     * belong (RFC 5322 §3.6.7, RFC 8601 §4): the record, Authentication-Results (with {@code auth=pass
     * smtp.auth=} for an SMTP AUTH submitter, RFC 8601 §2.7.4), Received-SPF when given, and
     * {@value #ERROR_HEADER} when a check did not finish. Other fields keep their order and bytes.
     *
     * @return how many forged fields were removed
     */
    public static int stamp(MimeMessage message, VerdictRecord record, String authservId, String receivedSpfValue)
            throws MessagingException {
        List<String> lines = Collections.list(message.getAllHeaderLines());
        int removed = 0;
        List<String> keep = new ArrayList<>(lines.size());
        List<String> foreignResults = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String name = colon > 0 ? line.substring(0, colon).trim() : "";
            boolean results = name.equalsIgnoreCase(AuthenticationResultsHeader.NAME);
            if (name.equalsIgnoreCase(RECORD_HEADER) || name.equalsIgnoreCase(ERROR_HEADER)
                    || (results && AuthenticationResultsHeader.isOurs(unfold(line.substring(colon + 1)), authservId))) {
                removed++;
                continue;
            }
            if (results) {
                foreignResults.add(line);
            }
            keep.add(line);
        }
        List<String> ours = new ArrayList<>(4);
        ours.add(RECORD_HEADER + ": " + fold(VerdictRecordCodec.encode(record)));
        ours.add(AuthenticationResultsHeader.NAME + ": "
            + AuthenticationResultsHeader.formatFolded(record.verdict(), authservId, record.submittedBy()));
        if (receivedSpfValue != null && !receivedSpfValue.isBlank()) {
            ours.add(RECEIVED_SPF + ": " + receivedSpfValue);
        }
        if (!record.complete()) {
            ours.add(ERROR_HEADER + ": " + fold("sender check incomplete, treated as unauthenticated: "
                + ascii(String.join("; ", record.errors()))));
        }
        // Three removals by name: linear in the header count, and they mark James's MimeMessageWrapper as
        // modified (it then writes the header section we leave it, not the one it read from the spool).
        message.removeHeader(RECORD_HEADER);
        message.removeHeader(ERROR_HEADER);
        message.removeHeader(AuthenticationResultsHeader.NAME);
        List<String> all = new ArrayList<>(ours.size() + keep.size());
        all.addAll(ours);
        all.addAll(keep);
        if (!HeaderSection.replace(message, all)) {
            // Without the one-pass rewrite: ours at the end (still the only ones: every incoming copy is gone),
            // and the foreign Authentication-Results back. Never the per-name removal of every field, which is
            // quadratic in the number of distinct names (45 MB of X-Pad-N fields took minutes).
            for (String line : foreignResults) {
                message.addHeaderLine(line);
            }
            for (String line : ours) {
                message.addHeaderLine(line);
            }
        }
        return removed;
    }

    /**
     * Folds at the codec's "; " separators and inside longer items (RFC 5322 §2.2.3: lines of at most 998
     * octets). The codec ignores all whitespace, so a fold anywhere reads back the same.
     */
    static String fold(String value) {
        StringBuilder out = new StringBuilder(value.length() + 64);
        String[] items = value.split("; ");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(";\r\n\t");
            }
            String item = items[i];
            for (int at = 0; at < item.length(); at += 900) {
                if (at > 0) {
                    out.append("\r\n\t");
                }
                out.append(item, at, Math.min(item.length(), at + 900));
            }
        }
        return out.toString();
    }

    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 600));
        for (int i = 0; i < s.length() && b.length() < 600; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? c : ' ');
        }
        return b.toString();
    }

    private static String unfold(String value) {
        return value.replace("\r\n", "").replace("\n", "").trim();
    }
}
