package org.spoofguard.core.held;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a mail was stored into the repository it is held in, carried with the mail as one versioned attribute value
 * ({@code v=1; at=1764979200000; repository=file://var/mail/quarantine/}, epoch milliseconds), written by the
 * mailets that keep mail for the admin.
 *
 * <p>Why it exists: James's repositories keep the mail's {@code lastUpdated}, which is its receipt time, not when it
 * was stored. A mail kept 29 days in the error repository and released into the quarantine was deleted by the next
 * daily retention run, and the console showed it held since its receipt.
 *
 * <p>A value it cannot read exactly is "no record". Only our mailets write it; James's spooler parks a mail in the
 * error repository without one (see {@link #heldSince}).
 */
public record StoredAt(Instant at, String repository) {
    private static final int MAX_LENGTH = 1100;
    private static final Pattern FORMAT = Pattern.compile("v=1; at=([0-9]{1,15}); repository=(\\S{1,1024})");

    public StoredAt {
        if (at == null || repository == null || repository.isBlank() || repository.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("stored-at needs a time and a repository URL without spaces");
        }
    }

    public String format() {
        return "v=1; at=" + at.toEpochMilli() + "; repository=" + repository;
    }

    public static Optional<StoredAt> parse(Optional<String> text) {
        if (text.isEmpty() || text.get().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.get());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StoredAt(Instant.ofEpochMilli(Long.parseLong(m.group(1))), m.group(2)));
    }

    /**
     * Since when a mail held in {@code repository} counts as held, for retention and the console's "held since".
     * <ul>
     * <li>Stamped for this repository: that time.</li>
     * <li>Stamped for another one: the mail came here later, by a path that does not stamp (James's spooler parking
     *     it after repeated exceptions, e.g. a release that failed again). The later of the stamp and
     *     {@code lastUpdated}: the latest time it is known to have been on its way, so retention never counts the
     *     time spent in an earlier repository from before that.</li>
     * <li>No stamp (stored before this record existed, or by James itself): {@code lastUpdated}, the receipt time,
     *     as before; the epoch when even that is missing.</li>
     * </ul>
     */
    public static Instant heldSince(Optional<StoredAt> stamp, String repository, Optional<Instant> lastUpdated) {
        Instant fallback = lastUpdated.orElse(Instant.EPOCH);
        if (stamp.isEmpty()) {
            return fallback;
        }
        if (sameRepository(stamp.get().repository(), repository)) {
            return stamp.get().at();
        }
        return stamp.get().at().isAfter(fallback) ? stamp.get().at() : fallback;
    }

    /** file://var/mail/error and file://var/mail/error/ name one repository. */
    static boolean sameRepository(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        String s = url.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
