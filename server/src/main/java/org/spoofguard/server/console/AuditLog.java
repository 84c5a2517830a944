package org.spoofguard.server.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who did what, when: one line per action, appended to {@code data/var/spoofguard/audit.log} and forced to disk
 * ({@link FileChannel#force}) before the action is reported done, so an admin's release survives a crash in its
 * record. Fields are separated by one space and URL-encoded, so a hostile subject or key cannot forge a line.
 *
 * <pre>spoofguard-audit 1
 * 2026-11-30T12:00:00Z alice%40example.dk release quarantine KEY 2026-11-29T08:00:00Z detail</pre>
 */
public final class AuditLog {
    public static final String HEADER = "spoofguard-audit 1";

    /** One action. {@code heldSince} is when the mail was held (for the quarantined-vs-released chart). */
    public record Entry(Instant time, String actor, String action, String repository, String key, Optional<Instant> heldSince,
                        String detail) {
    }

    /**
     * Failed or blocked logins are written by whoever reaches the login form, unauthenticated: without a bound a
     * guesser naming a new user from each of many addresses (the throttle then blocks nothing) grows the file
     * without end and buries the admins' actions. At most {@value #UNAUTHENTICATED_PER_HOUR} such lines an hour
     * (a bucket of as many, refilled evenly); the rest are counted and the count written as one
     * {@code login-unrecorded} line when the next one is written.
     */
    static final int UNAUTHENTICATED_PER_HOUR = 120;

    private final Path file;
    private final Clock clock;
    private double tokens = UNAUTHENTICATED_PER_HOUR;
    private Instant refilled;
    private long unrecorded;
    private Instant firstUnrecorded;

    public AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public synchronized Entry append(String actor, String action, String repository, String key, Optional<Instant> heldSince,
                                     String detail) {
        Entry entry = new Entry(clock.instant(), actor, action, repository, key, heldSince, detail);
        String line = String.join(" ", entry.time().toString(), enc(actor), enc(action), enc(repository), enc(key),
            heldSince.map(Instant::toString).orElse("-"), enc(Text.line(detail, Text.LONG_FIELD))) + "\n";
        try {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            boolean torn = !fresh && !endsInNewline(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
                // A torn last line (an append cut short by a full disk or a crash) must not swallow this entry:
                // glued to it, the merged line would be unreadable and this action missing from the audit.
                String text = fresh ? HEADER + "\n" + line : (torn ? "\n" : "") + line;
                ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("audit log " + file + " cannot be written", e);
        }
        return entry;
    }

    private static boolean endsInNewline(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer last = ByteBuffer.allocate(1);
            return size == 0 || channel.read(last, size - 1) == 1 && last.get(0) == '\n';
        }
    }

    /**
     * A login attempt by someone not (yet) authenticated: recorded like {@link #append} while within the hourly
     * bound, else only counted. Returns whether it was written.
     */
    public synchronized boolean appendUnauthenticated(String actor, String action, String detail) {
        Instant now = clock.instant();
        if (refilled != null) {
            double hours = Math.max(0, java.time.Duration.between(refilled, now).toMillis()) / 3_600_000.0;
            tokens = Math.min(UNAUTHENTICATED_PER_HOUR, tokens + hours * UNAUTHENTICATED_PER_HOUR);
        }
        refilled = now;
        if (tokens < 1) {
            if (unrecorded++ == 0) {
                firstUnrecorded = now;
            }
            return false;
        }
        tokens--;
        if (unrecorded > 0) {
            append("-", "login-unrecorded", "", "", Optional.empty(),
                unrecorded + " failed or blocked logins not recorded since " + firstUnrecorded);
            unrecorded = 0;
        }
        append(actor, action, "", "", Optional.empty(), detail);
        return true;
    }

    /** The newest {@code max} entries, newest first; damaged lines are skipped. */
    public synchronized List<Entry> newest(int max) {
        Deque<Entry> out = new ArrayDeque<>();
        forEach(e -> {
            out.addFirst(e);
            if (out.size() > max) {
                out.removeLast();
            }
        });
        return new ArrayList<>(out);
    }

    /** Every entry, oldest first. */
    public synchronized List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    private void forEach(java.util.function.Consumer<Entry> sink) {
        if (!Files.exists(file)) {
            return;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> parse(line).ifPresent(sink));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("audit log " + file + " cannot be read", e instanceof IOException io ? io
                : ((UncheckedIOException) e).getCause());
        }
    }

    static Optional<Entry> parse(String line) {
        String[] f = line.split(" ", -1);
        if (f.length != 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(Instant.parse(f[0]), dec(f[1]), dec(f[2]), dec(f[3]), dec(f[4]),
                f[5].equals("-") ? Optional.empty() : Optional.of(Instant.parse(f[5])), dec(f[6])));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String enc(String s) {
        String v = URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
        return v.isEmpty() ? "%00" : v;
    }

    private static String dec(String s) {
        return s.equals("%00") ? "" : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
