package org.spoofguard.persistence;

import static org.apache.james.queue.jms.JMSSupport.JAMES_MAIL_NAME;
import static org.apache.james.queue.jms.JMSSupport.JAMES_MAIL_RECIPIENTS;
import static org.apache.james.queue.jms.JMSSupport.JAMES_MAIL_SENDER;
import static org.apache.james.queue.jms.JMSSupport.JAMES_MAIL_SEPARATOR;

import java.util.List;
import java.util.Optional;

import org.apache.james.queue.api.ManageableMailQueue.Type;

/**
 * Which queued mails WebAdmin's {@code DELETE /mailQueues/{queue}/mails?name=|sender=|recipient=} removes: those whose
 * name or sender equals the value exactly, or one of whose recipients does. The rule is given twice, as a JMS selector
 * for the mails in the queue and as a Java test for the mails in the broker's scheduler, and both are kept here side
 * by side so they stay the same rule (QueuedMailMatchTest checks them against each other).
 *
 * <p>James 3.8.1 pastes the value unescaped into its selector: the sender {@code x'OR'a'='a'OR'b'='b@evil.test} (a
 * valid local part a spammer can pick) made "remove this spammer's mails" remove the whole queue, {@code o'brien@}
 * made the selector invalid, and {@code _} or {@code %} in a recipient matched other recipients as LIKE wildcards.
 * Here every {@code '} is doubled (JMS 1.1 section 3.8.1.1, string literals) and the LIKE pattern escapes {@code %},
 * {@code _} and the escape character itself.
 *
 * <p>James stores the recipients as one property joined with {@code ;} (JMSCacheableMailQueue.getJMSProperties, no
 * spaces, no trailing separator), so "one of the recipients" is: the whole list, its first, a middle or its last
 * element. A value that itself contains {@code ;} is no single element and matches nothing (James would split such
 * an address on reading the mail back anyway).
 */
final class QueuedMailMatch {
    private static final char ESCAPE = '\\';

    private QueuedMailMatch() {
    }

    /** The JMS selector of the queued mails to remove, or empty when no mail can match. */
    static Optional<String> selector(Type type, String value) {
        switch (type) {
            case Name:
                return Optional.of(JAMES_MAIL_NAME + " = " + literal(value));
            case Sender:
                return Optional.of(JAMES_MAIL_SENDER + " = " + literal(value));
            case Recipient:
                if (value.contains(JAMES_MAIL_SEPARATOR)) {
                    return Optional.empty();
                }
                String element = likeEscaped(value);
                String escape = " ESCAPE " + literal(String.valueOf(ESCAPE));
                return Optional.of(String.join(" OR ",
                    JAMES_MAIL_RECIPIENTS + " = " + literal(value),
                    JAMES_MAIL_RECIPIENTS + " LIKE " + literal(element + JAMES_MAIL_SEPARATOR + "%") + escape,
                    JAMES_MAIL_RECIPIENTS + " LIKE " + literal("%" + JAMES_MAIL_SEPARATOR + element + JAMES_MAIL_SEPARATOR + "%") + escape,
                    JAMES_MAIL_RECIPIENTS + " LIKE " + literal("%" + JAMES_MAIL_SEPARATOR + element) + escape));
            default:
                return Optional.empty();
        }
    }

    /** The same rule for one mail, given the properties James stored with it. */
    static boolean matches(Type type, String value, String name, String sender, String recipients) {
        switch (type) {
            case Name:
                return value.equals(name);
            case Sender:
                return value.equals(sender);
            case Recipient:
                return recipients != null && !value.contains(JAMES_MAIL_SEPARATOR)
                    && List.of(recipients.split(JAMES_MAIL_SEPARATOR, -1)).contains(value);
            default:
                return false;
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String likeEscaped(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
