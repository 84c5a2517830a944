package org.spoofguard.core.bounce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a Sieve {@code vacation} reply (RFC 5230) looks like and how long it is remembered; pure. Whether a reply may
 * be sent at all is {@link AutoReplyPolicy}'s one rule, not decided here.
 *
 * <p>jSieve's (James 3.8.1) action read {@code :days} as "answer until N days after the script was uploaded" and
 * answered every mail in that window, from the user's own address, without {@code Auto-Submitted}: two such
 * responders answered each other without end. RFC 5230 §4.1 means the opposite: the same sender is answered at most
 * once per {@code :days}, however long the script stays active.
 */
public final class SieveVacation {
    /** RFC 5230 §4.1: the default period when {@code :days} is not given. */
    public static final int DEFAULT_DAYS = 7;
    /** RFC 5230 §4.1 lets a site cap {@code :days}; a year keeps a typo (":days 99999") from silencing a sender. */
    public static final int MAX_DAYS = 365;
    /** Keeps the remembered answers of Sieve apart from those of the WebAdmin/JMAP out-of-office (VacationMailet). */
    static final String ACCOUNT_PREFIX = "sieve-vacation:";

    private SieveVacation() {
    }

    /** Where a Sieve vacation's answers are also recorded for the out-of-office, per user. */
    static final String SIEVE_ANSWERED_PREFIX = "auto-replied-by-sieve:";

    /**
     * Under which account James's {@code VacationMailet} (the WebAdmin/JMAP out-of-office) records the senders it
     * answered, and which WebAdmin flushes when a new out-of-office is set: the user's address.
     */
    public static String outOfOfficeAccount(String user) {
        return user;
    }

    /**
     * Under which account a Sieve vacation's answers are also recorded, per user, for the out-of-office's matcher to
     * see. One sender gets at most one automatic reply per period per user (RFC 3834 §2, RFC 5230 §4.1), whichever
     * responder sends it: a user with both an out-of-office and a Sieve vacation answered twice while each kept
     * its own record. Apart from the out-of-office's own account, so a new out-of-office (which flushes that one)
     * does not lose the Sieve answers, and apart from the per-vacation {@link #memoryAccount} (RFC 5230 §4.2).
     */
    public static String sieveAnsweredAccount(String user) {
        return SIEVE_ANSWERED_PREFIX + user.toLowerCase(Locale.ROOT);
    }

    /** RFC 5230 §4.1: at least 1 day (a site minimum); our cap {@link #MAX_DAYS}. */
    public static int days(int requested) {
        return Math.max(1, Math.min(MAX_DAYS, requested));
    }

    /** Until when the sender, once answered, is not answered again (RFC 5230 §4.1). */
    public static ZonedDateTime answeredUntil(ZonedDateTime now, int requestedDays) {
        return now.plusDays(days(requestedDays));
    }

    /**
     * Under which account a user's answered senders are remembered: per user and per vacation (RFC 5230 §4.2: the
     * {@code :handle}, or when there is none, one derived from {@code :subject}, {@code :from}, {@code :mime} and the
     * reason, so a changed message is sent again). Hashed: a bounded key whatever the script says. The user is
     * compared case-insensitively, as James's users repository compares names.
     */
    public static String memoryAccount(String user, String handle, String subject, String from, String mime,
                                       String reason) {
        String vacation = handle != null
            ? "handle\0" + handle
            : "derived\0" + nul(subject) + "\0" + nul(from) + "\0" + nul(mime) + "\0" + nul(reason);
        return ACCOUNT_PREFIX + user.toLowerCase(Locale.ROOT) + ":" + sha256(vacation).substring(0, 24);
    }

    /** RFC 5230 §5.4: the script's {@code :subject}, otherwise "Auto: " and the original subject (RFC 3834 §3.1.5). */
    public static String subject(String scriptSubject, String originalSubject) {
        if (scriptSubject != null) {
            return scriptSubject;
        }
        String original = originalSubject == null ? "" : originalSubject.strip();
        return original.isEmpty() ? "Auto:" : "Auto: " + original;
    }

    /** What James's recipient rewrite table says of a {@code :from} address other than the user's own. */
    public enum FromAlias {
        /** The address resolves (alias, domain alias, forward) to the user and is no other user's mailbox. */
        LEADS_TO_USER,
        /** It does not lead to the user, or it is another user's mailbox. */
        NOT_THE_USERS,
        /** The lookup failed: not known to be the user's. */
        LOOKUP_FAILED
    }

    /**
     * The vacation reply's From address.
     *
     * @param address what goes into From
     * @param refused the script asked for another one, which is not used
     * @param reason why (for the log line)
     */
    public record FromChoice(String address, boolean refused, String reason) {
    }

    /**
     * RFC 5230 §4.4/§5.3: the script's {@code :from}, else the user. §4.5 lets an implementation refuse a {@code :from}
     * the user is not allowed to use; we must: the reply leaves signed by our DKIM key for that domain, so alice@'s
     * script could otherwise mail any sender "from" ceo@ours.example or security@bank.example. Used only when it is
     * the user's own address (compared case-insensitively, as James compares users) or one of the user's aliases
     * ({@link FromAlias#LEADS_TO_USER}); otherwise the user's address, fail closed on a failed lookup.
     *
     * @param user the user's address
     * @param requested the script's {@code :from} as written, null if none
     * @param requestedAddress it as a mail address, null if it is none
     * @param alias what the rewrite table says of {@code requestedAddress} (ignored when it is the user's own)
     */
    public static FromChoice from(String user, String requested, String requestedAddress, FromAlias alias) {
        if (requested == null) {
            return new FromChoice(user, false, "no :from");
        }
        if (requestedAddress == null) {
            return new FromChoice(user, true, ":from '" + requested + "' is no address");
        }
        if (requestedAddress.equalsIgnoreCase(user)) {
            return new FromChoice(requestedAddress, false, ":from is the user's own address");
        }
        return switch (alias) {
            case LEADS_TO_USER -> new FromChoice(requestedAddress, false, ":from " + requestedAddress
                + " is an alias of the user");
            case NOT_THE_USERS -> new FromChoice(user, true, ":from " + requestedAddress + " is neither the user's "
                + "address nor an alias of the user (RFC 5230 section 4.5)");
            case LOOKUP_FAILED -> new FromChoice(user, true, ":from " + requestedAddress + " could not be checked "
                + "against the user's aliases (RFC 5230 section 4.5)");
        };
    }

    private static String nul(String s) {
        return s == null ? "\u0001" : s;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
