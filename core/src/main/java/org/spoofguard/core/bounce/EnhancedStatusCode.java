package org.spoofguard.core.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 3463 enhanced mail system status code ({@code class "." subject "." detail}), the one definition of its
 * grammar for everything that reads such codes out of failure texts and DSN fields.
 *
 * <p>RFC 3463 §2: {@code class = "2" / "4" / "5"}, {@code subject = 1*3digit}, {@code detail = 1*3digit}, and
 * "each numeric sub-code within the status-code MUST be expressed without leading zero digits": so "5.01.1" and
 * "3.1.1" are no codes. A code must also not run on into more digits or dots: "5.1.1.9" is an IP address and
 * "1.2.5.4.3" a version number in a remote server's prose, not a status (reading them as one would make a DSN say
 * "unknown user" or "mailbox full" for a failure that is neither).
 *
 * @param statusClass 2 (success), 4 (persistent transient failure) or 5 (permanent failure)
 * @param subject 0-999
 * @param detail 0-999
 */
public record EnhancedStatusCode(int statusClass, int subject, int detail) {
    private static final String PART = "(0|[1-9]\\d{0,2})";
    /** The code, not followed by a digit or a dot (it would be part of a longer dotted number). */
    private static final Pattern CODE = Pattern.compile("([245])\\." + PART + "\\." + PART + "(?![\\d.])");
    /** The code, also not preceded by a digit or a dot ("192.5.1.1", "1.2.5.4.3"). */
    private static final Pattern ANYWHERE = Pattern.compile("(?<![\\d.])" + CODE.pattern());

    public EnhancedStatusCode {
        if ((statusClass != 2 && statusClass != 4 && statusClass != 5)
            || subject < 0 || subject > 999 || detail < 0 || detail > 999) {
            throw new IllegalArgumentException("not an RFC 3463 status code: " + statusClass + "." + subject + "." + detail);
        }
    }

    /** {@code value} if it is exactly one status code (nothing around it, not even white space). */
    public static Optional<EnhancedStatusCode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(value);
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    /**
     * The status code that starts at {@code index} of {@code text} (as "5.2.2 mailbox full", or after the reply
     * code of "550 5.1.1 ..."), if one does and it ends there (not "5.1.1.9").
     */
    public static Optional<EnhancedStatusCode> atStart(CharSequence text, int index) {
        if (text == null || index < 0 || index > text.length()) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text);
        m.region(index, text.length());
        return m.lookingAt() ? Optional.of(of(m)) : Optional.empty();
    }

    /** Every status code anywhere in {@code text}, in order, that is not part of a longer dotted number. */
    public static List<EnhancedStatusCode> findAll(CharSequence text) {
        List<EnhancedStatusCode> found = new ArrayList<>();
        if (text != null) {
            Matcher m = ANYWHERE.matcher(text);
            while (m.find()) {
                found.add(of(m));
            }
        }
        return found;
    }

    /** Class 4 or 5: the code reports a failure. */
    public boolean isFailure() {
        return statusClass != 2;
    }

    private static EnhancedStatusCode of(Matcher m) {
        return new EnhancedStatusCode(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    }

    /** The code as written: "5.1.1". */
    @Override
    public String toString() {
        return statusClass + "." + subject + "." + detail;
    }
}
