package org.spoofguard.smtp;

import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.mail.Header;
import javax.mail.MessagingException;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeUtility;

import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.smtpserver.JamesMessageHook;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.dmarc.AuthorDomain;

/**
 * Keeps raw UTF-8 header values (RFC 6532: {@code From: "Danfoss Økonomi" <...>} as many mailers send it) readable.
 * James 3.8.1 parses header bytes as ISO-8859-1 characters but writes a parsed header block as US-ASCII
 * (its InternetHeadersInputStream), so every 8-bit byte becomes "?" the moment a hook or mailet has touched the
 * headers (SenderVerdictHook always does): "Danfoss ??konomi" in the recipient's INBOX, in the quarantine and in
 * the console. This hook runs at the end of DATA after SenderVerdictHook (DKIM was verified over the bytes as
 * received) and rewrites each such top-level header as RFC 2047 encoded words, the downgrade of RFC 6857 §3,
 * which James then carries unchanged: display names of address headers and unstructured headers (Subject, ...);
 * a value in legacy 8-bit (not valid UTF-8) is read as ISO-8859-1. Other structured headers and non-ASCII
 * addresses (SMTPUTF8 local parts) cannot be downgraded and are left as they are. Never refuses a mail.
 */
public class Utf8HeaderHook implements JamesMessageHook {
    /** No parameter: a child of the {@code <handler>} element (a typo, a key meant for another hook) stops the start. */
    @Override
    public void init(org.apache.commons.configuration2.Configuration config)
        throws org.apache.commons.configuration2.ex.ConfigurationException {
        HandlerParameters.requireKnown("Utf8HeaderHook", config, java.util.Set.of());
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(Utf8HeaderHook.class);
    static final Set<String> ADDRESS = Set.of("from", "to", "cc", "bcc", "reply-to", "sender", "resent-from",
        "resent-to", "resent-cc", "resent-bcc", "resent-sender", "disposition-notification-to");
    static final Set<String> UNSTRUCTURED = Set.of("subject", "comments", "keywords", "content-description",
        "thread-topic");

    @Override
    public HookResult onMessage(SMTPSession session, Mail mail) {
        try {
            MimeMessage message = mail.getMessage();
            if (message != null) {
                downgrade(message);
            }
        } catch (MessagingException | RuntimeException e) {
            // the mail goes on as James would have carried it
            LOGGER.warn("Utf8HeaderHook: cannot downgrade the 8-bit headers of {}: {}", mail.getName(), e.toString());
        }
        return HookResult.DECLINED;
    }

    /** Rewrites the 8-bit headers it can; returns how many. */
    static int downgrade(MimeMessage message) throws MessagingException {
        Map<String, List<String>> eightBit = new LinkedHashMap<>();
        for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements(); ) {
            Header h = all.nextElement();
            if (h.getValue() != null && h.getValue().chars().anyMatch(c -> c >= 0x80)) {
                eightBit.computeIfAbsent(h.getName(), n -> new ArrayList<>());
            }
        }
        int changed = 0;
        for (String name : eightBit.keySet()) {
            String[] values = message.getHeader(name);
            String lower = name.toLowerCase(Locale.ROOT);
            // one occurrence: replaced where it stands (setHeader); repeated 8-bit fields are left alone
            if (values == null || values.length != 1 || !(ADDRESS.contains(lower) || UNSTRUCTURED.contains(lower))) {
                continue;
            }
            String text = MimeUtility.unfold(utf8(values[0])).trim();
            String ascii = ADDRESS.contains(lower) ? addresses(name, text) : unstructured(name, text);
            if (ascii != null) {
                message.setHeader(name, ascii);
                changed++;
            }
        }
        return changed;
    }

    /**
     * ISO-8859-1 characters as James (JavaMail without {@code mail.mime.allowutf8}) parses header bytes, re-read
     * as UTF-8 when they are valid UTF-8; anything else is returned as it is.
     */
    public static String utf8(String parsed) {
        if (parsed.chars().anyMatch(c -> c > 0xff)) {
            return parsed;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(parsed.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return parsed;
        }
    }

    private static String unstructured(String name, String text) {
        try {
            return MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(text, "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            return null;
        }
    }

    private static String addresses(String name, String text) {
        InternetAddress[] list;
        try {
            list = InternetAddress.parseHeader(text, false);
        } catch (AddressException e) {
            return null;
        }
        if (list.length == 0) {
            return null;
        }
        List<InternetAddress> out = new ArrayList<>();
        for (InternetAddress a : list) {
            if (a.isGroup() || a.getAddress() == null || a.getAddress().chars().anyMatch(c -> c >= 0x80)) {
                return null;
            }
            try {
                out.add(new InternetAddress(a.getAddress(), a.getPersonal(), "UTF-8"));
            } catch (UnsupportedEncodingException e) {
                return null;
            }
        }
        String rewritten = InternetAddress.toString(out.toArray(new InternetAddress[0]), name.length() + 2);
        // JavaMail's lenient reading is not mime4j's, which the DMARC check (AuthorDomain) used on the field as
        // received: "Økonomi (ceo@victim.dk) a@evil.example" was judged as evil.example and came out rewritten as
        // "<ceo@victim.dk>". The rewrite may change how the field is written, never which mailboxes it names.
        List<String> judged = AuthorDomain.mailboxes(text);
        if (judged == null || !judged.equals(AuthorDomain.mailboxes(MimeUtility.unfold(rewritten)))) {
            return null;
        }
        return rewritten;
    }

}
