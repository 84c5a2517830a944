package org.spoofguard.core.recipient;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link CalloutCache}: all entries in memory, persisted in one text file
 * ({@value #FILE_NAME}) under a directory so verdicts survive a restart.
 *
 * <p>Each {@link #put} appends one line {@code <expiry-epoch-ms> <A|R> <key>}; when the file holds
 * many more lines than live entries it is rewritten to a temporary file, forced to disk and atomically
 * renamed over the old one. Loading takes the last line per key and skips expired, malformed or
 * truncated lines (a crash mid-append loses at most that line). One process per directory.
 */
public final class FileCalloutCache implements CalloutCache {
    public static final String FILE_NAME = "callout-cache.txt";
    private static final String HEADER = "# spoofguard callout cache v1: <expiry-epoch-ms> <A|R> <address>";
    private static final Logger LOGGER = LoggerFactory.getLogger(FileCalloutCache.class);

    private final Path directory;
    private final Path file;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private Writer journal;
    private long journalLines;

    private FileCalloutCache(Path directory, int maxEntries, Clock clock) {
        this.directory = directory;
        this.file = directory.resolve(FILE_NAME);
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** Opens (creating the directory if needed) and loads the cache. Throws only if the directory is unusable. */
    public static FileCalloutCache open(Path directory, int maxEntries, Clock clock) throws IOException {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        Files.createDirectories(directory);
        FileCalloutCache cache = new FileCalloutCache(directory, maxEntries, clock);
        cache.load();
        synchronized (cache) {
            cache.rewrite();
        }
        return cache;
    }

    public int size() {
        return entries.size();
    }

    @Override
    public Optional<Entry> get(String key, Instant now) {
        if (key == null) {
            return Optional.empty();
        }
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!now.isBefore(e.expires())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    @Override
    public synchronized void put(String key, Entry entry) {
        if (key == null || entry == null || key.isEmpty() || key.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            return;
        }
        entries.put(key, entry);
        if (entries.size() > maxEntries) {
            evict();
        }
        try {
            if (journal == null) {
                journal = openJournal();
            }
            journal.write(line(key, entry));
            journal.flush();
            journalLines++;
            if (journalLines > Math.max(1000L, 2L * entries.size())) {
                rewrite();
            }
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("callout cache: cannot persist to {}: {}", file, e.toString());
            closeJournalQuietly();
        }
    }

    @Override
    public synchronized void close() {
        try {
            rewrite();
        } catch (RuntimeException e) {
            LOGGER.warn("callout cache: cannot write {} on close: {}", file, e.toString());
        }
        closeJournalQuietly();
    }

    private void evict() {
        Instant now = clock.instant();
        entries.entrySet().removeIf(e -> !now.isBefore(e.getValue().expires()));
        int target = Math.max(1, maxEntries - maxEntries / 10);
        if (entries.size() > target) {
            List<Map.Entry<String, Entry>> all = new ArrayList<>(entries.entrySet());
            all.sort(Comparator.comparing(e -> e.getValue().expires()));
            for (int i = 0; i < all.size() - target; i++) {
                entries.remove(all.get(i).getKey(), all.get(i).getValue());
            }
        }
    }

    private void load() throws IOException {
        Instant now = clock.instant();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String l;
            while ((l = r.readLine()) != null) {
                parse(l, now);
            }
        } catch (NoSuchFileException e) {
            return;
        } catch (java.nio.charset.MalformedInputException e) {
            LOGGER.warn("callout cache: {} is not UTF-8, kept what was read", file);
        }
        if (entries.size() > maxEntries) {
            evict();
        }
    }

    private void parse(String l, Instant now) {
        if (l.isEmpty() || l.startsWith("#")) {
            return;
        }
        String[] parts = l.split(" ", 3);
        if (parts.length != 3 || parts[2].isEmpty() || !(parts[1].equals("A") || parts[1].equals("R"))) {
            return;
        }
        long expiry;
        try {
            expiry = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return;
        }
        Instant expires = Instant.ofEpochMilli(expiry);
        if (now.isBefore(expires)) {
            entries.put(parts[2], new Entry(parts[1].equals("A"), expires));
        } else {
            entries.remove(parts[2]);
        }
    }

    private static String line(String key, Entry e) {
        return e.expires().toEpochMilli() + " " + (e.exists() ? "A" : "R") + " " + key + "\n";
    }

    /** Writes all live entries to a temp file, fsyncs, renames it over the cache file atomically. */
    private void rewrite() {
        closeJournalQuietly();
        Path tmp = null;
        try {
            deleteStaleTemps();
            tmp = Files.createTempFile(directory, "callout-cache", ".tmp");
            Instant now = clock.instant();
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 BufferedWriter w = new BufferedWriter(java.nio.channels.Channels.newWriter(ch, StandardCharsets.UTF_8))) {
                w.write(HEADER);
                w.write('\n');
                long n = 0;
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    if (now.isBefore(e.getValue().expires())) {
                        w.write(line(e.getKey(), e.getValue()));
                        n++;
                    }
                }
                w.flush();
                ch.force(true);
                journalLines = n;
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("callout cache: cannot rewrite {}: {}", file, e.toString());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private void deleteStaleTemps() {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "callout-cache*.tmp")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // leftovers from a crash are harmless
        }
    }

    private Writer openJournal() throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void closeJournalQuietly() {
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException ignored) {
                // nothing to save
            }
            journal = null;
        }
    }
}
