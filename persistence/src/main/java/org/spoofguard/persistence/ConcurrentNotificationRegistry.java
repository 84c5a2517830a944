package org.spoofguard.persistence;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Inject;

import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.util.date.ZonedDateTimeProvider;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.NotificationRegistry;
import org.apache.james.vacation.api.RecipientId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;

import reactor.core.publisher.Mono;

/**
 * Which senders an out-of-office user has already answered, and until when, safe under concurrent mail.
 * James 3.8.1's {@code MemoryNotificationRegistry} streams over a synchronized multimap's view without holding its
 * lock: two mails to the same away user at once threw ConcurrentModificationException in VacationMailet, which logs
 * it and sends nothing, so an honest sender was silently not told (seen in WholePromiseIT, once in a verify run).
 *
 * <p>On the persistent server the registry is also kept on disk under the data directory, so a restart does not
 * answer every sender of an absence a second time (RFC 3834 §2: an automatic responder should not answer the same
 * sender more than once within a period). Each answer is one line appended to a journal ({@link #FILE} +
 * {@value #JOURNAL_SUFFIX}) and forced to disk; when the journal grows past twice the last snapshot (at least
 * {@value #COMPACT_FLOOR} bytes), and at every start, the live registry, without answers whose vacation has ended, is
 * written whole to {@link #FILE} (synced, moved into place) and the journal removed. Rewriting the whole file on every
 * answer, as before, cost megabytes per auto-reply with tens of thousands of answered senders; now an answer costs its
 * line plus a bounded share of the next compaction. Replaying the journal over the snapshot it was compacted into
 * gives the same registry (a crash between the two steps is harmless), and a line cut short by a crash mid-append was
 * never acted on as written: it is dropped at start (one a full disk cut short while the server runs is cut off at
 * once, so later answers are not glued to it). It is a courtesy, not a promise: when a write fails the answer is
 * still remembered in memory and the failure logged (mail is never held up for it), and a damaged file is set aside.
 */
public final class ConcurrentNotificationRegistry implements NotificationRegistry {
    public static final String FILE = "file://var/spoofguard/vacation-notified.json";
    /** Senders remembered per server: beyond it the file is not written (the registry goes on in memory). */
    static final int MAX_ENTRIES = 200_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final String JOURNAL_SUFFIX = ".journal";
    /** Compaction happens at the latest when the journal is this many times the snapshot, and the journal read back
     * at start is bounded accordingly. */
    static final int COMPACT_FACTOR = 2;
    static final long COMPACT_FLOOR = 64L * 1024;
    /** Beyond {@link #MAX_ENTRIES} nothing is written; the count is taken again after this many changes. */
    static final int RECOUNT_AFTER = 10_000;
    private static final Logger LOGGER = LoggerFactory.getLogger(ConcurrentNotificationRegistry.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZonedDateTimeProvider clock;
    private final Path file;
    private final DataFiles.Writer writer;
    private final Path journal;
    private final Map<AccountId, Map<RecipientId, Optional<ZonedDateTime>>> registrations = new ConcurrentHashMap<>();
    /** Guarded by this. */
    private long snapshotBytes;
    private long journalBytes;
    /** Guarded by this: a failed append may have left part of its line after {@link #journalBytes}. */
    private boolean journalTorn;
    private boolean overfull;
    private int changesWhileOverfull;

    /** One registry for the whole server, in memory: VacationMailet and the routes share it. */
    public static Module module() {
        return binder -> {
            binder.bind(ConcurrentNotificationRegistry.class).in(Scopes.SINGLETON);
            binder.bind(NotificationRegistry.class).to(ConcurrentNotificationRegistry.class);
        };
    }

    /** The same registry, also kept in {@link #FILE} under the data directory (the persistent server). */
    public static Module fileModule() {
        return new AbstractModule() {
            @Provides
            @Singleton
            ConcurrentNotificationRegistry registry(FileSystem fileSystem, ZonedDateTimeProvider clock)
                    throws FileNotFoundException {
                return new ConcurrentNotificationRegistry(clock, fileSystem.getFile(FILE).toPath());
            }

            @Provides
            @Singleton
            NotificationRegistry notificationRegistry(ConcurrentNotificationRegistry registry) {
                return registry;
            }
        };
    }

    @Inject
    public ConcurrentNotificationRegistry(ZonedDateTimeProvider clock) {
        this.clock = clock;
        this.file = null;
        this.journal = null;
        this.writer = DataFiles.Writer.SYNCED;
    }

    public ConcurrentNotificationRegistry(ZonedDateTimeProvider clock, Path file) {
        this(clock, file, DataFiles.Writer.SYNCED);
    }

    ConcurrentNotificationRegistry(ZonedDateTimeProvider clock, Path file, DataFiles.Writer writer) {
        this.clock = clock;
        this.file = file;
        this.journal = file.resolveSibling(file.getFileName() + JOURNAL_SUFFIX);
        this.writer = writer;
        load();
    }

    /**
     * The account as the vacation store keys it ({@link FileVacationRepository#key}): VacationMailet registers and
     * looks up the recipient as the sender addressed it ({@code Alice@spoofguard.test}), WebAdmin's new out-of-office
     * flushes {@code /vacation/{user}} as the admin wrote it. Keyed as given, that flush missed the answers, and a
     * sender answered in one absence without end date (never expiring) was never told of any later absence.
     */
    private static AccountId canonical(AccountId account) {
        return canonical(account.getIdentifier());
    }

    private static AccountId canonical(String identifier) {
        return AccountId.fromString(FileVacationRepository.key(identifier));
    }

    @Override
    public Mono<Void> register(AccountId given, RecipientId recipient, Optional<ZonedDateTime> expiry) {
        AccountId account = canonical(given);
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                registrations.computeIfAbsent(account, a -> new ConcurrentHashMap<>()).put(recipient, expiry);
                ObjectNode line = JSON.createObjectNode();
                line.put("account", account.getIdentifier());
                line.put("sender", recipient.getAsString());
                line.put("until", expiry.map(ZonedDateTime::toString).orElse(null));
                journal(line);
            }
        });
    }

    @Override
    public Mono<Boolean> isRegistered(AccountId account, RecipientId recipient) {
        return Mono.fromCallable(() -> {
            Optional<ZonedDateTime> expiry = registrations.getOrDefault(canonical(account), Map.of()).get(recipient);
            return expiry != null && live(expiry);
        });
    }

    @Override
    public Mono<Void> flush(AccountId given) {
        AccountId account = canonical(given);
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                registrations.remove(account);
                journal(JSON.createObjectNode().put("flush", account.getIdentifier()));
            }
        });
    }

    /** No expiry: answered for the whole absence; once the expiry has passed, the sender is answered again. */
    private boolean live(Optional<ZonedDateTime> expiry) {
        return live(expiry, clock.get());
    }

    private static boolean live(Optional<ZonedDateTime> expiry, ZonedDateTime now) {
        return expiry.map(now::isBefore).orElse(true);
    }

    /** The snapshot, then the journal over it, then a compaction: the journal starts empty after every start. */
    private void load() {
        registrations.putAll(DataFiles.load(file, MAX_BYTES, this::parse, Map.of(), "answered out-of-office senders",
            LOGGER));
        replayJournal();
        compact();
    }

    private void replayJournal() {
        long size;
        try {
            size = Files.size(journal);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            LOGGER.error("answered out-of-office senders: journal {} unreadable ({}); kept as {}", journal, e.toString(),
                DataFiles.setAside(journal));
            return;
        }
        if (size > COMPACT_FACTOR * MAX_BYTES + COMPACT_FLOOR) {
            LOGGER.error("answered out-of-office senders: journal {} larger than {} bytes; kept as {}", journal,
                COMPACT_FACTOR * MAX_BYTES + COMPACT_FLOOR, DataFiles.setAside(journal));
            return;
        }
        ZonedDateTime now = clock.get();
        int lineNumber = 0;
        try {
            long complete = completeLines(journal, size);
            if (complete < size) {
                // cut short by a crash mid-append (that answer's register() never returned): dropped, and cut off
                // so that the next line is not appended to it
                DataFiles.cutTo(journal, complete);
                LOGGER.warn("answered out-of-office senders: dropped an incomplete last line of {} ({} bytes)", journal,
                    size - complete);
            }
            try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNumber++;
                    apply(line, now);
                }
            }
            journalBytes = complete;
        } catch (IOException | RuntimeException e) {
            LOGGER.error("answered out-of-office senders: line {} of {} could not be read ({}); kept as {}, the lines "
                + "before it are used", lineNumber, journal, e.toString(), DataFiles.setAside(journal));
        }
    }

    /** The length of the file up to and including its last newline. */
    private static long completeLines(Path file, long size) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer chunk = ByteBuffer.allocate(8192);
            long end = size;
            while (end > 0) {
                long start = Math.max(0, end - chunk.capacity());
                chunk.clear().limit((int) (end - start));
                while (chunk.hasRemaining() && in.read(chunk, start + chunk.position()) >= 0) {
                    // read the whole chunk
                }
                for (int i = (int) (end - start) - 1; i >= 0; i--) {
                    if (chunk.get(i) == '\n') {
                        return start + i + 1;
                    }
                }
                end = start;
            }
            return 0;
        }
    }

    private void apply(String text, ZonedDateTime now) throws IOException {
        JsonNode line = JSON.readTree(text);
        if (line == null || !line.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (line.hasNonNull("flush")) {
            registrations.remove(canonical(line.get("flush").asText()));
            return;
        }
        if (!line.path("account").isTextual() || !line.path("sender").isTextual() || !line.has("until")) {
            throw new IllegalArgumentException("neither an answer nor a flush");
        }
        Optional<ZonedDateTime> expiry = line.get("until").isNull() ? Optional.empty()
                : Optional.of(ZonedDateTime.parse(line.get("until").asText()));
        // written before accounts were canonical: Alice@ and alice@ are one account's answers
        AccountId account = canonical(line.get("account").asText());
        RecipientId sender = recipient(line.get("sender").asText());
        if (live(expiry, now)) {
            registrations.computeIfAbsent(account, k -> new ConcurrentHashMap<>()).put(sender, expiry);
        } else {
            // a later, expired answer replaces an earlier live one for the same sender
            registrations.getOrDefault(account, new ConcurrentHashMap<>()).remove(sender);
        }
    }

    private Map<AccountId, Map<RecipientId, Optional<ZonedDateTime>>> parse(String text) {
        JsonNode accounts = DataFiles.accounts(JSON, text, "notification");
        Map<AccountId, Map<RecipientId, Optional<ZonedDateTime>>> read = new ConcurrentHashMap<>();
        ZonedDateTime now = clock.get();
        for (Iterator<Map.Entry<String, JsonNode>> a = accounts.fields(); a.hasNext(); ) {
            Map.Entry<String, JsonNode> account = a.next();
            for (Iterator<Map.Entry<String, JsonNode>> r = account.getValue().fields(); r.hasNext(); ) {
                Map.Entry<String, JsonNode> recipient = r.next();
                Optional<ZonedDateTime> expiry = recipient.getValue().isNull() ? Optional.empty()
                        : Optional.of(ZonedDateTime.parse(recipient.getValue().asText()));
                if (live(expiry, now)) {
                    // several spellings of one account (written before accounts were canonical) merge; of one
                    // sender answered under both, the later expiry is kept (the one that holds answers back longer)
                    read.computeIfAbsent(canonical(account.getKey()), k -> new ConcurrentHashMap<>())
                        .merge(recipient(recipient.getKey()), expiry, ConcurrentNotificationRegistry::later);
                }
            }
        }
        return read;
    }

    /** No expiry is the latest. */
    private static Optional<ZonedDateTime> later(Optional<ZonedDateTime> a, Optional<ZonedDateTime> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    private static RecipientId recipient(String address) {
        try {
            return RecipientId.fromMailAddress(new org.apache.james.core.MailAddress(address));
        } catch (javax.mail.internet.AddressException e) {
            throw new IllegalArgumentException("not a mail address: " + address, e);
        }
    }

    /** Appends one change, forced to disk, and compacts when the journal has grown past the snapshot's multiple. */
    private synchronized void journal(ObjectNode change) {
        if (file == null) {
            return;
        }
        if (overfull) {
            if (++changesWhileOverfull >= RECOUNT_AFTER) {
                compact();
            }
            return;
        }
        try {
            if (journalTorn) {
                DataFiles.cutTo(journal, journalBytes);
                journalTorn = false;
            }
            byte[] line = (JSON.writeValueAsString(change) + "\n").getBytes(StandardCharsets.UTF_8);
            writer.append(journal, line);
            journalBytes += line.length;
        } catch (IOException | RuntimeException e) {
            // the answer was sent and is remembered in memory; only a restart could repeat it. A full disk may have
            // taken half the line: cut back to the last whole one, or the next answer completes the fragment into
            // an unreadable line and the next start drops every answer from there on.
            LOGGER.warn("answered out-of-office senders: not saved to {}: {}", journal, e.toString());
            journalTorn = true;
            try {
                DataFiles.cutTo(journal, journalBytes);
                journalTorn = false;
            } catch (IOException | RuntimeException cut) {
                LOGGER.warn("answered out-of-office senders: {} not cut back to its last whole line ({}); tried again "
                    + "before the next answer is saved", journal, cut.toString());
            }
            return;
        }
        if (journalBytes > Math.max(COMPACT_FLOOR, COMPACT_FACTOR * snapshotBytes)) {
            compact();
        }
    }

    /**
     * The whole registry, without expired answers, synced to disk under a temporary name and moved over the file;
     * then the journal, now contained in it, is removed.
     */
    private synchronized void compact() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ObjectNode accounts = root.putObject("accounts");
        int entries = 0;
        ZonedDateTime now = clock.get();
        for (Map.Entry<AccountId, Map<RecipientId, Optional<ZonedDateTime>>> a : registrations.entrySet()) {
            ObjectNode node = JSON.createObjectNode();
            for (Map.Entry<RecipientId, Optional<ZonedDateTime>> r : a.getValue().entrySet()) {
                if (live(r.getValue(), now)) {
                    node.put(r.getKey().getAsString(), r.getValue().map(ZonedDateTime::toString).orElse(null));
                    entries++;
                } else {
                    a.getValue().remove(r.getKey(), r.getValue());
                }
            }
            if (!node.isEmpty()) {
                accounts.set(a.getKey().getIdentifier(), node);
            }
        }
        changesWhileOverfull = 0;
        if (entries > MAX_ENTRIES) {
            if (!overfull) {
                LOGGER.warn("{} answered out-of-office senders: more than {}, no longer written to {} (kept in memory)",
                    entries, MAX_ENTRIES, file);
            }
            overfull = true;
            return;
        }
        overfull = false;
        try {
            byte[] snapshot = JSON.writeValueAsBytes(root);
            writer.replace(file, snapshot);
            snapshotBytes = snapshot.length;
        } catch (IOException | RuntimeException e) {
            // tried again when the journal has doubled, not on every answer (each try rebuilds the whole registry)
            snapshotBytes = Math.max(snapshotBytes, journalBytes);
            LOGGER.warn("answered out-of-office senders: not saved to {}: {}", file, e.toString());
            return;
        }
        try {
            Files.deleteIfExists(journal);
            journalBytes = 0;
        } catch (IOException e) {
            // replaying it over the new snapshot changes nothing; appends go on into it
            LOGGER.warn("answered out-of-office senders: journal {} not removed after compaction: {}", journal,
                e.toString());
        }
    }
}
