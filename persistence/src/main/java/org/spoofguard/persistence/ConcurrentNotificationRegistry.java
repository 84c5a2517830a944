package org.spoofguard.persistence;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Inject;

import org.apache.james.util.date.ZonedDateTimeProvider;
import org.apache.james.vacation.api.AccountId;
import org.apache.james.vacation.api.NotificationRegistry;
import org.apache.james.vacation.api.RecipientId;

import com.google.inject.Module;
import com.google.inject.Scopes;

import reactor.core.publisher.Mono;

/**
 * Which senders an out-of-office user has already answered, and until when, safe under concurrent mail.
 * James 3.8.1's {@code MemoryNotificationRegistry} streams over a synchronized multimap's view without holding its
 * lock: two mails to the same away user at once threw ConcurrentModificationException in VacationMailet, which logs
 * it and sends nothing, so an honest sender was silently not told (seen in WholePromiseIT, once in a verify run).
 */
public final class ConcurrentNotificationRegistry implements NotificationRegistry {
    private final ZonedDateTimeProvider clock;
    private final Map<AccountId, Map<RecipientId, Optional<ZonedDateTime>>> registrations = new ConcurrentHashMap<>();

    /** One registry for the whole server, whichever store it runs on: VacationMailet and the routes share it. */
    public static Module module() {
        return binder -> {
            binder.bind(ConcurrentNotificationRegistry.class).in(Scopes.SINGLETON);
            binder.bind(NotificationRegistry.class).to(ConcurrentNotificationRegistry.class);
        };
    }

    @Inject
    public ConcurrentNotificationRegistry(ZonedDateTimeProvider clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Void> register(AccountId account, RecipientId recipient, Optional<ZonedDateTime> expiry) {
        return Mono.fromRunnable(() ->
            registrations.computeIfAbsent(account, a -> new ConcurrentHashMap<>()).put(recipient, expiry));
    }

    @Override
    public Mono<Boolean> isRegistered(AccountId account, RecipientId recipient) {
        return Mono.fromCallable(() -> {
            Optional<ZonedDateTime> expiry = registrations.getOrDefault(account, Map.of()).get(recipient);
            // no expiry: answered for the whole absence; once the expiry has passed, the sender is answered again
            return expiry != null && expiry.map(clock.get()::isBefore).orElse(true);
        });
    }

    @Override
    public Mono<Void> flush(AccountId account) {
        return Mono.fromRunnable(() -> registrations.remove(account));
    }
}
