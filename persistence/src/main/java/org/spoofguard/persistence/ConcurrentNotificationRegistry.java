package org.spoofguard.persistence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
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
 * <p>On the persistent server the registry is also kept in a file under the data directory ({@link #FILE}), so a
 * restart does not answer every sender of an absence a second time (RFC 3834 §2: an automatic responder should not
 * answer the same sender more than once within a period). The file is rewritten whole, synced and moved into place,
 * after each change; expired answers are dropped. It is a courtesy, not a promise: when the write fails the answer is
 * still remembered in memory and the failure logged (mail is never held up for it), and a damaged file is set aside.
 */
public final class ConcurrentNotificationRegistry implements NotificationRegistry {
    public static final String FILE = "file://var/spoofguard/vacation-notified.json";
    /** Senders remembered per server: beyond it the file is not written (the registry goes on in memory). */
    static final int MAX_ENTRIES = 200_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Logger LOGGER = LoggerFactory.getLogger(ConcurrentNotificationRegistry.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZonedDateTimeProvider clock;
    private final Path file;
    private final Map<AccountId, Map<RecipientId, Optional<ZonedDateTime>>> registrations = new ConcurrentHashMap<>();

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
    }

    public ConcurrentNotificationRegistry(ZonedDateTimeProvider clock, Path file) {
        this.clock = clock;
        this.file = file;
        load();
    }

    @Override
    public Mono<Void> register(AccountId account, RecipientId recipient, Optional<ZonedDateTime> expiry) {
        return Mono.fromRunnable(() -> {
            registrations.computeIfAbsent(account, a -> new ConcurrentHashMap<>()).put(recipient, expiry);
            save();
        });
    }

    @Override
    public Mono<Boolean> isRegistered(AccountId account, RecipientId recipient) {
        return Mono.fromCallable(() -> {
            Optional<ZonedDateTime> expiry = registrations.getOrDefault(account, Map.of()).get(recipient);
            return expiry != null && live(expiry);
        });
    }

    @Override
    public Mono<Void> flush(AccountId account) {
        return Mono.fromRunnable(() -> {
            registrations.remove(account);
            save();
        });
    }

    /** No expiry: answered for the whole absence; once the expiry has passed, the sender is answered again. */
    private boolean live(Optional<ZonedDateTime> expiry) {
        return live(expiry, clock.get());
    }

    private static boolean live(Optional<ZonedDateTime> expiry, ZonedDateTime now) {
        return expiry.map(now::isBefore).orElse(true);
    }

    private void load() {
        registrations.putAll(DataFiles.load(file, MAX_BYTES, this::parse, Map.of(), "answered out-of-office senders",
            LOGGER));
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
                    read.computeIfAbsent(AccountId.fromString(account.getKey()), k -> new ConcurrentHashMap<>())
                        .put(recipient(recipient.getKey()), expiry);
                }
            }
        }
        return read;
    }

    private static RecipientId recipient(String address) {
        try {
            return RecipientId.fromMailAddress(new org.apache.james.core.MailAddress(address));
        } catch (javax.mail.internet.AddressException e) {
            throw new IllegalArgumentException("not a mail address: " + address, e);
        }
    }

    /** The whole registry, without expired answers, synced to disk under a temporary name and moved over the file. */
    private synchronized void save() {
        if (file == null) {
            return;
        }
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
        if (entries > MAX_ENTRIES) {
            LOGGER.warn("{} answered out-of-office senders: more than {}, not written to {} (kept in memory)",
                entries, MAX_ENTRIES, file);
            return;
        }
        try {
            DataFiles.replace(file, JSON.writeValueAsBytes(root));
        } catch (IOException | RuntimeException e) {
            // the answer was sent and is remembered in memory; only a restart could repeat it
            LOGGER.warn("answered out-of-office senders not saved to {}: {}", file, e.toString());
        }
    }
}
