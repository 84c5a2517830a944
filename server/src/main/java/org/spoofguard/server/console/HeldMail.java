package org.spoofguard.server.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.ContentType;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeUtility;

import org.apache.mailet.Mail;
import org.spoofguard.core.dkim.DkimResult;
import org.spoofguard.core.verdict.SenderVerdict;
import org.spoofguard.james.HeldMailAttributes;
import org.spoofguard.james.SpoofGuardAttributes;
import org.spoofguard.smtp.Utf8HeaderHook;
import org.spoofguard.james.invoice.InvoiceDecision;
import org.spoofguard.james.invoice.InvoiceInspection;

/**
 * What the console shows of one held mail, read from the mail and its attributes the way the mailets wrote
 * them: the sender verdict ({@link SpoofGuardAttributes}), the invoice decision ({@link InvoiceInspection#recorded}),
 * the bounce guard's cause and reason ({@link SpoofGuardAttributes#readBounce}). Nothing here is escaped yet: pages escape at output.
 */
public record HeldMail(String key, Instant date, String envelopeSender, String from, List<String> fromAddresses,
                       List<String> recipients, String subject,
                       List<String> verdict, String shortVerdict, Optional<InvoiceDecision> invoice, String bounceReason,
                       String error, long size) {
    static final int MAX_PARTS = 200;
    static final int MAX_DEPTH = 20;
    static final int MAX_TEXT = 100_000;
    /**
     * Characters of text shown of one mail in all: two hundred parts of 100 000 quotes each made a 120 MB page (each
     * quote escaped to six characters) and, in a smaller heap, an OutOfMemoryError in the mail server's own JVM.
     */
    static final int MAX_TOTAL_TEXT = 300_000;

    public static HeldMail of(Mail mail, String authservId) throws MessagingException {
        return of(mail, authservId, Optional.empty());
    }

    /**
     * {@code date}: when the mail entered {@code repository} ({@link HeldMailAttributes#heldSince}), or its
     * {@code lastUpdated} (the receipt time) when no repository is given.
     */
    public static HeldMail of(Mail mail, String authservId, String repository) throws MessagingException {
        return of(mail, authservId, Optional.of(repository));
    }

    private static HeldMail of(Mail mail, String authservId, Optional<String> repository) throws MessagingException {
        MimeMessage message = mail.getMessage();
        String subject = "";
        String from = "";
        List<String> fromAddresses = List.of();
        if (message != null) {
            subject = Optional.ofNullable(decoded(message.getHeader("Subject", null))).orElse("");
            String rawFrom = message.getHeader("From", ",");
            from = Optional.ofNullable(decoded(rawFrom)).orElse("");
            // read from the raw value: decoding first would let an encoded display name add or hide an address
            fromAddresses = rawFrom == null ? List.of() : Text.senderAddresses(Utf8HeaderHook.utf8(rawFrom));
        }
        List<String> verdict = new ArrayList<>();
        Optional<SenderVerdict> v = Optional.empty();
        try {
            Optional<org.spoofguard.core.verdict.VerdictRecord> record = SpoofGuardAttributes.read(mail);
            v = record.map(org.spoofguard.core.verdict.VerdictRecord::verdict);
            record.filter(r -> !r.complete())
                .ifPresent(r -> verdict.add("incomplete, treated as unauthenticated: " + String.join("; ", r.errors())));
        } catch (RuntimeException e) {
            verdict.add("unreadable verdict: " + e.getMessage());
        }
        v.ifPresent(sv -> {
            verdict.add("SPF (MAIL FROM " + sv.spfMailFrom().domain() + "): " + sv.spfMailFrom().result().keyword()
                + reason(sv.spfMailFrom().reason()));
            verdict.add("SPF (HELO " + sv.spfHelo().domain() + "): " + sv.spfHelo().result().keyword()
                + reason(sv.spfHelo().reason()));
            if (sv.dkim().isEmpty()) {
                verdict.add("DKIM: none (unsigned)");
            }
            for (DkimResult d : sv.dkim()) {
                verdict.add("DKIM (d=" + d.domain() + " s=" + d.selector() + "): " + d.result().keyword() + reason(d.reason()));
            }
            verdict.add("DMARC (" + sv.dmarc().fromDomain() + ", p=" + sv.dmarc().policy().name().toLowerCase(java.util.Locale.ROOT)
                + "): " + sv.dmarc().result().keyword() + reason(sv.dmarc().reason()));
        });
        String shortVerdict = v.map(sv -> "SPF=" + sv.spfMailFrom().result().keyword() + " DKIM="
            + SpoofGuardAttributes.dkimSummary(sv) + " DMARC=" + sv.dmarc().result().keyword()).orElse("–");
        String bounce = SpoofGuardAttributes.readBounce(mail)
            .map(b -> b.cause().code() + ": " + b.decision().code()).orElse("");
        long size;
        try {
            size = mail.getMessageSize();
        } catch (MessagingException e) {
            size = -1;
        }
        Instant date = repository.map(r -> HeldMailAttributes.heldSince(mail, r))
            .orElseGet(() -> mail.getLastUpdated() == null ? Instant.EPOCH : mail.getLastUpdated().toInstant());
        return new HeldMail(mail.getName(), date,
            mail.getMaybeSender().asString(), from, fromAddresses,
            mail.getRecipients().stream().map(Object::toString).collect(Collectors.toList()), subject, verdict,
            shortVerdict, InvoiceInspection.recorded(mail), bounce, Optional.ofNullable(mail.getErrorMessage()).orElse(""), size);
    }

    private static String reason(String r) {
        return r == null || r.isBlank() ? "" : " (" + r + ")";
    }

    private static String decoded(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            // raw UTF-8 (RFC 6532) of a mail stored before Utf8HeaderHook downgraded it, if its bytes survived
            return MimeUtility.decodeText(MimeUtility.unfold(Utf8HeaderHook.utf8(raw)));
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return raw;
        }
    }

    /** A leaf of the MIME tree: text shown in the preview, or an attachment listed and downloadable by index. */
    public record PartView(int index, String contentType, String filename, boolean text, boolean html, String body,
                           long size, String sha256) {
    }

    /**
     * Walks the message (bounded: {@value #MAX_PARTS} parts, depth {@value #MAX_DEPTH}): text/plain and text/html
     * parts without a file name are previewed as text (HTML as its escaped source: nothing of it is rendered or
     * loaded); every other leaf is listed with type, decoded size and SHA-256.
     */
    public static List<PartView> parts(MimeMessage message) throws MessagingException, IOException {
        List<PartView> out = new ArrayList<>();
        walk(message, 0, out);
        return out;
    }

    /** Writes the decoded content of leaf {@code index} (as numbered by {@link #parts}). */
    public static Optional<PartView> writePart(MimeMessage message, int index, OutputStream sink) throws MessagingException, IOException {
        List<Part> leaves = new ArrayList<>();
        leaves(message, 0, leaves);
        if (index < 0 || index >= leaves.size()) {
            return Optional.empty();
        }
        PartView view = parts(message).get(index);
        try (InputStream in = leaves.get(index).getInputStream()) {
            in.transferTo(sink);
        }
        return Optional.of(view);
    }

    private static void leaves(Part part, int depth, List<Part> out) throws MessagingException, IOException {
        if (out.size() >= MAX_PARTS) {
            return;
        }
        if (part.isMimeType("multipart/*") && depth < MAX_DEPTH) {
            Object content = part.getContent();
            if (content instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount() && out.size() < MAX_PARTS; i++) {
                    BodyPart child = mp.getBodyPart(i);
                    leaves(child, depth + 1, out);
                }
                return;
            }
        }
        out.add(part);
    }

    private static void walk(Part root, int depth, List<PartView> out) throws MessagingException, IOException {
        List<Part> leaves = new ArrayList<>();
        leaves(root, depth, leaves);
        int textLeft = MAX_TOTAL_TEXT;
        for (Part p : leaves) {
            String type = baseType(p);
            String filename = filename(p);
            boolean isText = filename.isEmpty() && (type.equals("text/plain") || type.equals("text/html"));
            int room = Math.min(MAX_TEXT, textLeft);
            String body = "";
            long size;
            String sha;
            MessageDigest digest = sha256();
            try (InputStream in = p.getInputStream()) {
                CountingDigest counter = new CountingDigest(digest);
                byte[] head = isText ? in.readNBytes(room * 4) : new byte[0];
                counter.write(head, 0, head.length);
                in.transferTo(counter);
                size = counter.count;
                if (isText) {
                    body = new String(head, charset(p));
                    body = body.length() > room ? body.substring(0, room) : body;
                    textLeft -= body.length();
                }
            } catch (IOException | MessagingException e) {
                size = -1;
                body = isText ? "[unreadable: " + e.getMessage() + "]" : "";
            }
            sha = HexFormat.of().formatHex(digest.digest());
            out.add(new PartView(out.size(), type, filename, isText, type.equals("text/html"), body, size, sha));
        }
    }

    private static String baseType(Part p) {
        try {
            return new ContentType(p.getContentType()).getBaseType().toLowerCase(java.util.Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static String filename(Part p) {
        try {
            String f = p.getFileName();
            return f == null ? "" : decoded(f);
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static java.nio.charset.Charset charset(Part p) {
        try {
            String cs = new ContentType(p.getContentType()).getParameter("charset");
            return cs == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(MimeUtility.javaCharset(cs));
        } catch (MessagingException | RuntimeException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingDigest extends OutputStream {
        private final MessageDigest digest;
        private long count;

        CountingDigest(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
            count += len;
        }
    }
}
