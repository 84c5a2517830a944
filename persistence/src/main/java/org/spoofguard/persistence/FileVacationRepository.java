package org.spoofguard.persistence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.james.core.Username;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.Vacation;
import org.apache.james.vacation.api.VacationPatch;
import org.apache.james.vacation.api.VacationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;

import reactor.core.publisher.Mono;

/**
 * Out-of-office settings that survive a restart. James 3.8.1 ships a vacation store only for memory and Cassandra;
 * in memory, every user's absence notice was gone after a restart and senders were no longer told. One JSON file
 * under the data directory, replaced atomically (a temporary file beside it, synced, then a move), so a crash
 * mid-write leaves the previous complete file; a damaged one is set aside and logged, never a failed start. A setting is
 * acknowledged only once it is on disk: when the write fails the WebAdmin call fails and the previous setting stays.
 * ({@link DataFiles}: this module runs without SpoofGuard's jars on its class path.)
 */
public final class FileVacationRepository implements VacationRepository {
    public static final String FILE = "file://var/spoofguard/vacation.json";
    /** 100 000 users with a few kB of text each; a larger file is not ours. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final Logger LOGGER = LoggerFactory.getLogger(FileVacationRepository.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final int MAX_FIELD_BYTES = 64 * 1024;

    private final Path file;
    private final long maxBytes;
    private volatile Map<String, Vacation> vacations;

    /** Binds the repository for the persistent server; the in-memory server keeps James's memory one. */
    public static Module module() {
        return new com.google.inject.AbstractModule() {
            @Provides
            @Singleton
            VacationRepository repository(FileSystem fileSystem) throws FileNotFoundException {
                return new FileVacationRepository(fileSystem.getFile(FILE).toPath());
            }
        };
    }

    public FileVacationRepository(Path file) {
        this(file, MAX_BYTES);
    }

    /** With another size limit for the file ({@link #MAX_BYTES} in service): tests. */
    FileVacationRepository(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.vacations = load(file, maxBytes);
    }

    private static Map<String, Vacation> load(Path file, long maxBytes) {
        return DataFiles.load(file, maxBytes, FileVacationRepository::parse, Map.of(), "out-of-office settings",
            LOGGER);
    }

    @Override
    public Mono<Vacation> retrieveVacation(AccountId accountId) {
        return Mono.fromSupplier(() -> vacations.getOrDefault(key(accountId.getIdentifier()), DEFAULT_VACATION));
    }

    @Override
    public Mono<Void> modifyVacation(AccountId accountId, VacationPatch patch) {
        return Mono.fromRunnable(() -> modify(key(accountId.getIdentifier()), patch));
    }

    /**
     * The one key of a user's setting: James's own spelling of a user name ({@link Username#asString()}: local part
     * and domain lower-cased, as its users repository compares them). WebAdmin's {@code /vacation/{user}} accepts any
     * case of an existing user and passes the path as written, VacationMailet the recipient as addressed: keyed as
     * written, {@code Alice@SpoofGuard.TEST} was a second setting beside alice's, one the admin set and mail never
     * read (or the other way round). Text James cannot read as a user name is lower-cased alone. The registry of
     * answered senders ({@link ConcurrentNotificationRegistry}) keys its accounts by this rule too.
     */
    static String key(String identifier) {
        try {
            return Username.of(identifier).asString();
        } catch (IllegalArgumentException e) {
            return identifier.toLowerCase(Locale.US);
        }
    }

    private synchronized void modify(String account, VacationPatch patch) {
        Vacation changed = patch.patch(vacations.getOrDefault(account, DEFAULT_VACATION));
        // An out-of-office text is a few lines; the bound keeps one setting from growing the file towards MAX_BYTES.
        checkField("subject", changed.getSubject());
        checkField("textBody", changed.getTextBody());
        checkField("htmlBody", changed.getHtmlBody());
        Map<String, Vacation> next = new LinkedHashMap<>(vacations);
        next.put(account, changed);
        byte[] content = format(next).getBytes(StandardCharsets.UTF_8);
        if (content.length > maxBytes) {
            // load() sets a larger file aside at the next start: every user's setting would be gone after a 204.
            // IllegalArgumentException is WebAdmin's 400.
            throw new IllegalArgumentException("out-of-office settings would exceed " + maxBytes + " bytes; not saved"
                + " / fraværsbeskederne ville fylde over " + maxBytes + " bytes; ikke gemt");
        }
        try {
            DataFiles.replace(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("out-of-office setting for " + account + " not saved to " + file, e);
        }
        vacations = Collections.unmodifiableMap(next);
    }

    private static void checkField(String field, Optional<String> value) {
        if (value.isPresent() && value.get().getBytes(StandardCharsets.UTF_8).length > MAX_FIELD_BYTES) {
            throw new IllegalArgumentException("out-of-office " + field + " is larger than " + MAX_FIELD_BYTES
                + " bytes; not saved / fraværsbeskedens " + field + " er over " + MAX_FIELD_BYTES + " bytes; ikke gemt");
        }
    }

    static String format(Map<String, Vacation> vacations) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ObjectNode accounts = root.putObject("accounts");
        vacations.forEach((account, v) -> {
            ObjectNode node = accounts.putObject(account);
            node.put("enabled", v.isEnabled());
            v.getFromDate().ifPresent(d -> node.put("fromDate", d.toString()));
            v.getToDate().ifPresent(d -> node.put("toDate", d.toString()));
            v.getSubject().ifPresent(s -> node.put("subject", s));
            v.getTextBody().ifPresent(s -> node.put("textBody", s));
            v.getHtmlBody().ifPresent(s -> node.put("htmlBody", s));
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Vacation> parse(String text) {
        JsonNode accounts = DataFiles.accounts(JSON, text, "vacation");
        Map<String, Vacation> out = new LinkedHashMap<>();
        java.util.Set<String> canonical = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = accounts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            String key = key(e.getKey());
            // A file written before keys were canonical may hold one user twice. No entry records when it was set,
            // so the one already under the canonical key wins (the one GET /vacation/{lower-case user} showed);
            // among other spellings, the last in the file. The next write keeps only the winner.
            if (out.containsKey(key)) {
                boolean keepEarlier = canonical.contains(key);
                LOGGER.warn("out-of-office settings: {} is another spelling of user {}; keeping the entry {}",
                    e.getKey(), key, keepEarlier ? "under " + key : "read last, " + e.getKey());
                if (keepEarlier) {
                    continue;
                }
            }
            if (key.equals(e.getKey())) {
                canonical.add(key);
            }
            out.put(key, Vacation.builder()
                .enabled(n.path("enabled").asBoolean(false))
                .fromDate(date(n, "fromDate"))
                .toDate(date(n, "toDate"))
                .subject(text(n, "subject"))
                .textBody(text(n, "textBody"))
                .htmlBody(text(n, "htmlBody"))
                .build());
        }
        return Collections.unmodifiableMap(out);
    }

    private static Optional<String> text(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }

    private static Optional<ZonedDateTime> date(JsonNode n, String field) {
        return text(n, field).map(ZonedDateTime::parse);
    }
}
