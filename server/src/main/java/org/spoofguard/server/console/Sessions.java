package org.spoofguard.server.console;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory (a restart logs everyone out). The cookie carries 256 random bits; each session
 * has its own CSRF token (synchronizer token pattern, OWASP CSRF cheat sheet) that every POST must carry. A
 * session ends after {@code idle} without use or {@code max} after login, whichever comes first.
 */
public final class Sessions {
    public static final String COOKIE = "sg_session";
    private static final int MAX_SESSIONS = 1000;

    public record Session(String id, String user, String csrf, Instant created, Instant lastSeen) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Duration max;
    private final Clock clock;

    public Sessions(Duration idle, Duration max, Clock clock) {
        this.idle = idle;
        this.max = max;
        this.clock = clock;
    }

    public Session create(String user) {
        expire();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().stream().min(java.util.Comparator.comparing(Session::lastSeen))
                .ifPresent(oldest -> sessions.remove(oldest.id()));
        }
        Instant now = clock.instant();
        Session s = new Session(token(), user, token(), now, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session for this cookie value, touched; empty when unknown or expired. */
    public Optional<Session> get(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // one atomic step: a request in flight while its session logs out must not put the session back
        // (a get-then-put let the touch re-insert what end() had just removed)
        Session touched = sessions.computeIfPresent(id, (k, s) ->
            now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.created().plus(max))
                ? null
                : new Session(s.id(), s.user(), s.csrf(), s.created(), now));
        return Optional.ofNullable(touched);
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    public Duration idle() {
        return idle;
    }

    /** Constant-time comparison of a submitted CSRF token. */
    public static boolean csrfMatches(Session session, String submitted) {
        return submitted != null && MessageDigest.isEqual(session.csrf().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            submitted.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private void expire() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.created().plus(max)));
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
