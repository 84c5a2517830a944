package org.spoofguard.server.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Who did what, when: one line per action, appended to {@code data/var/spoofguard/audit.log} and forced to disk
 * ({@link FileChannel#force}) before the action is reported done, so an admin's release survives a crash in its
 * record. Fields are separated by one space and URL-encoded, so a hostile subject or key cannot forge a line.
 *
 * <pre>spoofguard-audit 1
 * 2026-11-30T12:00:00Z alice%40example.dk release quarantine KEY 2026-11-29T08:00:00Z detail</pre>
 *
 * <p>Rotated by size: an entry that would take the file past {@value #MAX_FILE_BYTES} bytes first renames it to
 * {@code audit.log.1} (the older ones to {@code .2} ... {@code .}{@value #KEEP}, the oldest beyond that is deleted),
 * so the log takes at most {@code (KEEP + 1) * MAX_FILE_BYTES} on disk however long the server runs (failed logins
 * alone may add 120 lines an hour, forever). Readers never hold more than they return: {@link #newest} keeps the
 * newest entries only, {@link #since} hands entries on one by one and opens older files only while they can still
 * hold entries of its period. A line longer than {@value #MAX_LINE} characters (no line written here is) is skipped
 * without being held.
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

    /** The current file is rotated before it would grow past this. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** Rotated files kept ({@code audit.log.1} newest ... {@code audit.log.KEEP} oldest). */
    static final int KEEP = 9;
    /** Longest line read; every line written is far shorter (fields cut to {@link Text#LONG_FIELD}, URL-encoded). */
    static final int MAX_LINE = 64 * 1024;

    private final Path file;
    private final Clock clock;
    private final long maxFileBytes;
    private final int keep;
    private double tokens = UNAUTHENTICATED_PER_HOUR;
    private Instant refilled;
    private long unrecorded;
    private Instant firstUnrecorded;

    public AuditLog(Path file, Clock clock) {
        this(file, clock, MAX_FILE_BYTES, KEEP);
    }

    /** With another rotation size and number of old files kept (tests). */
    AuditLog(Path file, Clock clock, long maxFileBytes, int keep) {
        if (maxFileBytes < 1 || keep < 0) {
            throw new IllegalArgumentException("audit log: rotation size must be positive and kept files not negative");
        }
        this.file = file;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
        this.keep = keep;
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
            if (!fresh && Files.size(file) + line.getBytes(StandardCharsets.UTF_8).length + 1 > maxFileBytes) {
                rotate();
                fresh = true;
            }
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

    /**
     * {@code audit.log} becomes {@code audit.log.1}, {@code .1} becomes {@code .2} ..., the oldest kept is deleted.
     * Each step is one rename within the directory, and the directory is forced to disk after them, so a crash
     * leaves every entry in some file (at worst one name is free and the next append starts a new file).
     */
    private void rotate() throws IOException {
        Files.deleteIfExists(rotated(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(rotated(i))) {
                Files.move(rotated(i), rotated(i + 1), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        if (keep == 0) {
            Files.delete(file);
        } else {
            Files.move(file, rotated(1), StandardCopyOption.ATOMIC_MOVE);
        }
        try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a directory (Windows); the renames are then as durable as it makes them
        }
    }

    /** {@code audit.log.N}: the N-th newest rotated file. */
    Path rotated(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    /** The files holding entries, newest first: the current one, then the rotated ones. */
    private List<Path> filesNewestFirst() {
        List<Path> out = new ArrayList<>();
        out.add(file);
        for (int i = 1; i <= keep; i++) {
            out.add(rotated(i));
        }
        return out;
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

    /**
     * The newest {@code max} entries, newest first; damaged lines are skipped. Holds at most {@code max} entries,
     * and opens an older file only while fewer have been found.
     */
    public synchronized List<Entry> newest(int max) {
        List<Entry> out = new ArrayList<>();
        for (Path f : filesNewestFirst()) {
            if (out.size() >= max) {
                break;
            }
            int wanted = max - out.size();
            Deque<Entry> ofFile = new ArrayDeque<>();
            forEach(f, e -> {
                ofFile.addFirst(e);
                if (ofFile.size() > wanted) {
                    ofFile.removeLast();
                }
            });
            out.addAll(ofFile);
        }
        return out;
    }

    /**
     * Hands on every entry written at or after {@code from}, oldest first, one at a time (nothing is collected).
     * Files are opened newest first until one begins before {@code from}; older files cannot hold entries of the
     * period (each file is appended in time order) and are not read.
     */
    public synchronized void since(Instant from, Consumer<Entry> sink) {
        List<Path> needed = new ArrayList<>();
        for (Path f : filesNewestFirst()) {
            if (!Files.exists(f)) {
                continue;
            }
            needed.add(0, f);
            Optional<Entry> first = first(f);
            if (first.isPresent() && first.get().time().isBefore(from)) {
                break;
            }
        }
        for (Path f : needed) {
            forEach(f, e -> {
                if (!e.time().isBefore(from)) {
                    sink.accept(e);
                }
            });
        }
    }

    /** Every entry of every kept file, oldest first (tests: it holds the whole log). */
    synchronized List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        since(Instant.MIN, out::add);
        return out;
    }

    private Optional<Entry> first(Path f) {
        Entry[] found = new Entry[1];
        read(f, e -> {
            found[0] = e;
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    private void forEach(Path f, Consumer<Entry> sink) {
        read(f, e -> {
            sink.accept(e);
            return true;
        });
    }

    /**
     * Parses {@code f} line by line, handing each entry to {@code sink} until it answers false. A line longer than
     * {@value #MAX_LINE} characters is skipped as it is read, never held whole. A missing file has no entries.
     */
    private static void read(Path f, Predicate<Entry> sink) {
        if (!Files.exists(f)) {
            return;
        }
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(f),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    if (!tooLong) {
                        Optional<Entry> e = parse(line.toString());
                        if (e.isPresent() && !sink.test(e.get())) {
                            return;
                        }
                    }
                    line.setLength(0);
                    tooLong = false;
                } else if (!tooLong) {
                    line.append((char) c);
                    if (line.length() > MAX_LINE) {
                        line = new StringBuilder();
                        tooLong = true;
                    }
                }
            }
            if (!tooLong && line.length() > 0) {
                parse(line.toString()).ifPresent(sink::test);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("audit log " + f + " cannot be read", e);
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
