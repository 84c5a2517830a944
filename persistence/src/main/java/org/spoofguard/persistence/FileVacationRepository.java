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
import java.util.Map;
import java.util.Optional;

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

    private final Path file;
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
        this.file = file;
        this.vacations = load(file);
    }

    private static Map<String, Vacation> load(Path file) {
        return DataFiles.load(file, MAX_BYTES, FileVacationRepository::parse, Map.of(), "out-of-office settings",
            LOGGER);
    }

    @Override
    public Mono<Vacation> retrieveVacation(AccountId accountId) {
        return Mono.fromSupplier(() -> vacations.getOrDefault(accountId.getIdentifier(), DEFAULT_VACATION));
    }

    @Override
    public Mono<Void> modifyVacation(AccountId accountId, VacationPatch patch) {
        return Mono.fromRunnable(() -> modify(accountId.getIdentifier(), patch));
    }

    private synchronized void modify(String account, VacationPatch patch) {
        Map<String, Vacation> next = new LinkedHashMap<>(vacations);
        next.put(account, patch.patch(vacations.getOrDefault(account, DEFAULT_VACATION)));
        try {
            DataFiles.replace(file, format(next).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("out-of-office setting for " + account + " not saved to " + file, e);
        }
        vacations = Collections.unmodifiableMap(next);
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
        for (Iterator<Map.Entry<String, JsonNode>> it = accounts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            out.put(e.getKey(), Vacation.builder()
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
