package org.spoofguard.server.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import javax.mail.MessagingException;

import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.webadmin.service.ReprocessingService;
import org.apache.mailet.Mail;
import org.spoofguard.core.held.ReleaseRoute;
import org.spoofguard.core.invoice.BankMemory;
import org.spoofguard.james.HeldMailAttributes;
import org.spoofguard.james.MailRecipientRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The held-mail repositories the console manages and the actions on them, each recorded in the {@link AuditLog}
 * before it is reported done.
 *
 * <p>Release and delete of one item are serialised by one lock: the item is read, handed to its release
 * processor (James's spool, through the {@link Releaser}) and removed while no other console action can touch
 * it, so two admins (or a double click) releasing the same mail at once deliver it once; the second finds it
 * gone and is told so. Releases are rare admin actions: one lock costs nothing. In the server the lock is the
 * {@link HeldMailLock}, which James's WebAdmin reprocessing takes as well ({@link LockedReprocessingService}): a
 * console release and a WebAdmin reprocess of the same mail cannot both read it before one removes it. A mail gone
 * between the check and the release (removed by something that takes no lock: WebAdmin's {@code DELETE} of the mail)
 * is {@link Outcome#GONE} too, not an error.
 */
public final class HeldMailService {
    private static final Logger LOGGER = LoggerFactory.getLogger(HeldMailService.class);
    /** Items read per list page at most; larger repositories show their first ones and say so. */
    public static final int MAX_LISTED = 2000;

    /**
     * One managed repository: its id in URLs, its URL in the mail repository store, where a release goes;
     * {@code resumable}: a mail whose resume record covers its recipients goes where the record says instead
     * ({@link ReleaseRoute}).
     */
    public record Held(String id, String url, String releaseProcessor, boolean resumable) {
        public Held(String id, String url, String releaseProcessor) {
            this(id, url, releaseProcessor, false);
        }
    }

    /** Hands a held mail to a processor and removes it from its repository (James's WebAdmin reprocessing). */
    @FunctionalInterface
    public interface Releaser {
        void release(Held repository, MailKey key, String processor) throws Exception;
    }

    /** What a release needs to know of a held mail, read under the lock right before it. */
    private record Found(Instant since, ReleaseRoute.Decision route) {
    }

    /** {@code TRUST_NOT_SAVED}: released ("release and trust"), but the bank details are not saved. */
    public enum Outcome { DONE, GONE, NOT_OFFERED, TRUST_NOT_SAVED }

    public record Listing(List<HeldMail> mails, boolean truncated) {
    }

    private final MailRepositoryStore store;
    private final Releaser releaser;
    private final AuditLog audit;
    private final String authservId;
    private final Clock clock;
    private final Map<String, Held> repositories = new LinkedHashMap<>();
    private final Object lock;

    public HeldMailService(MailRepositoryStore store, Releaser releaser, AuditLog audit, String authservId, Clock clock,
                           List<Held> held) {
        this(store, releaser, audit, authservId, clock, held, new HeldMailLock());
    }

    /** With the lock James's reprocessing takes too ({@link LockedReprocessingService}). */
    public HeldMailService(MailRepositoryStore store, Releaser releaser, AuditLog audit, String authservId, Clock clock,
                           List<Held> held, HeldMailLock lock) {
        this.lock = lock.monitor();
        this.store = store;
        this.releaser = releaser;
        this.audit = audit;
        this.authservId = authservId;
        this.clock = clock;
        held.forEach(h -> repositories.put(h.id(), h));
    }

    public List<Held> repositories() {
        return List.copyOf(repositories.values());
    }

    public Optional<Held> repository(String id) {
        return Optional.ofNullable(repositories.get(id));
    }

    public AuditLog audit() {
        return audit;
    }

    private MailRepository select(Held held) throws MailRepositoryStore.MailRepositoryStoreException {
        return store.select(MailRepositoryUrl.from(held.url()));
    }

    /** The newest first, at most {@value #MAX_LISTED} read. */
    public Listing list(Held held) throws Exception {
        MailRepository repository = select(held);
        List<HeldMail> out = new ArrayList<>();
        Iterator<MailKey> keys = repository.list();
        boolean truncated = false;
        while (keys.hasNext()) {
            if (out.size() >= MAX_LISTED) {
                truncated = true;
                break;
            }
            MailKey key = keys.next();
            Mail mail = repository.retrieve(key);
            if (mail == null) {
                continue; // released or deleted meanwhile
            }
            try {
                out.add(HeldMail.of(mail, authservId, held.url()));
            } catch (MessagingException | RuntimeException e) {
                LOGGER.warn("SpoofGuard console: held mail {} in {} is unreadable: {}", key.asString(), held.url(), e.toString());
            } finally {
                LifecycleUtil.dispose(mail);
            }
        }
        out.sort(Comparator.comparing(HeldMail::date).reversed().thenComparing(HeldMail::key));
        return new Listing(out, truncated);
    }

    /** One held mail (the caller disposes it), or empty. */
    public Optional<Mail> retrieve(Held held, String key) throws Exception {
        MailRepository repository = select(held);
        return contains(repository, key) ? Optional.ofNullable(repository.retrieve(new MailKey(key))) : Optional.empty();
    }

    /**
     * Looked up in the key list first: James's FileMailRepository logs a stack trace when asked for a key it
     * no longer has, which a second click on "release" would otherwise cause.
     */
    private static boolean contains(MailRepository repository, String key) throws MessagingException {
        MailKey wanted = new MailKey(key);
        for (Iterator<MailKey> keys = repository.list(); keys.hasNext(); ) {
            if (keys.next().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    public Outcome release(String actor, Held held, String key) throws Exception {
        synchronized (lock) {
            Optional<Found> found = find(held, key);
            if (found.isEmpty()) {
                return Outcome.GONE;
            }
            ReleaseRoute.Decision route = found.get().route();
            if (!released(held, key, route)) {
                return Outcome.GONE;
            }
            audit.append(actor, "release", held.id(), key, Optional.of(found.get().since()), detail(route));
            LOGGER.info("SpoofGuard console: {} released {} from {} into {} ({})", actor, key, held.url(),
                route.processor(), route.reason());
            return Outcome.DONE;
        }
    }

    /**
     * Hands the mail to its processor; false when James's reprocessing no longer finds it (removed since the check
     * by something outside the lock), which is "someone else released or deleted it", nothing released.
     */
    private boolean released(Held held, String key, ReleaseRoute.Decision route) throws Exception {
        try {
            releaser.release(held, new MailKey(key), route.processor());
            return true;
        } catch (ReprocessingService.MissingKeyException e) {
            LOGGER.info("SpoofGuard console: {} was gone from {} when released: released or deleted by someone else",
                key, held.url());
            return false;
        }
    }

    private static String detail(ReleaseRoute.Decision route) {
        return "to processor " + route.processor() + (route.resumed() ? " (resumed: recipients already rewritten)" : "");
    }

    /** The processor a release of this mail from {@code held} goes to. */
    static ReleaseRoute.Decision route(Held held, Mail mail) {
        return ReleaseRoute.decide(held.releaseProcessor(), held.resumable(), HeldMailAttributes.resume(mail),
            MailRecipientRecords.strings(mail.getRecipients()));
    }

    /** How "release and trust" reads the offer of a held mail and applies it after the release. */
    public interface Trust {
        Optional<BankTrust.Offer> offer(Mail mail) throws Exception;

        /** Trusts the account and saves the memory; throws when it is not saved (or refused). */
        void trust(String orgDomain, String account) throws Exception;
    }

    /**
     * Release, then add the accounts the mail asks for to the bank-details memory, under the same lock as
     * {@link #release} (a second click finds the mail gone and trusts nothing). The accounts are read from the
     * held mail here, not taken from the form: the admin trusts what the mail says, nothing else.
     *
     * <p>The release is audited as soon as it is done, before the trust is tried: a trust that fails (the memory's
     * file cannot be written) must not leave a released mail out of the audit log. The trust's result is a line of
     * its own ({@code trust}); {@link Outcome#TRUST_NOT_SAVED} when an account was not saved, the mail released.
     */
    public Outcome releaseAndTrust(String actor, Held held, String key, Trust trust) throws Exception {
        synchronized (lock) {
            Optional<Mail> found = retrieve(held, key);
            if (found.isEmpty()) {
                return Outcome.GONE;
            }
            Instant since;
            ReleaseRoute.Decision route;
            Optional<BankTrust.Offer> offer;
            Mail mail = found.get();
            try {
                since = HeldMailAttributes.heldSince(mail, held.url());
                route = route(held, mail);
                offer = trust.offer(mail);
            } finally {
                LifecycleUtil.dispose(mail);
            }
            if (offer.isEmpty()) {
                return Outcome.NOT_OFFERED;
            }
            String org = offer.get().orgDomain();
            String masked = String.join(" ", offer.get().masked());
            if (!released(held, key, route)) {
                return Outcome.GONE;
            }
            audit.append(actor, "release-trust", held.id(), key, Optional.of(since), detail(route)
                + "; to be trusted for " + org + ": " + masked);
            LOGGER.info("SpoofGuard console: {} released {} from {} into {} to trust {} for {}", actor, key, held.url(),
                route.processor(), masked, org);
            List<String> failed = new ArrayList<>();
            for (String account : offer.get().accounts()) {
                try {
                    trust.trust(org, account);
                } catch (Exception e) {
                    failed.add(BankMemory.mask(account) + " (" + e + ")");
                }
            }
            if (!failed.isEmpty()) {
                audit.append(actor, "trust", held.id(), key, Optional.of(since), "released; trust NOT saved for " + org
                    + ": " + String.join(" ", failed));
                LOGGER.warn("SpoofGuard console: {} released {}, but the trust of {} for {} is NOT saved: {}", actor, key,
                    masked, org, String.join(" ", failed));
                return Outcome.TRUST_NOT_SAVED;
            }
            audit.append(actor, "trust", held.id(), key, Optional.of(since), "trusted and saved for " + org + ": " + masked);
            return Outcome.DONE;
        }
    }

    public Outcome delete(String actor, Held held, String key) throws Exception {
        return delete(actor, "delete", held, key, "", since -> true);
    }

    /**
     * @param heldSince whether the mail, as it is under the lock, may still go: retention's age is checked again
     *                  there, see {@link #expire}
     */
    private Outcome delete(String actor, String action, Held held, String key, String detail,
                           Predicate<Instant> heldSince) throws Exception {
        synchronized (lock) {
            Optional<Found> found = find(held, key);
            if (found.isEmpty() || !heldSince.test(found.get().since())) {
                return Outcome.GONE;
            }
            select(held).remove(new MailKey(key));
            audit.append(actor, action, held.id(), key, Optional.of(found.get().since()), detail);
            LOGGER.info("SpoofGuard console: {} {} {} from {}", actor, action, key, held.url());
            return Outcome.DONE;
        }
    }

    /**
     * Retention: deletes every held item held longer than {@code maxAge} (since it entered the repository it is in:
     * {@link HeldMailAttributes#heldSince}, not since its receipt), each deletion audited as actor "retention".
     * Returns how many were deleted.
     */
    public int expire(Duration maxAge) throws Exception {
        Instant limit = clock.instant().minus(maxAge);
        int deleted = 0;
        for (Held held : repositories.values()) {
            MailRepository repository = select(held);
            List<String> old = new ArrayList<>();
            for (Iterator<MailKey> keys = repository.list(); keys.hasNext(); ) {
                MailKey key = keys.next();
                Mail mail = repository.retrieve(key);
                if (mail == null) {
                    continue;
                }
                try {
                    if (HeldMailAttributes.heldSince(mail, held.url()).isBefore(limit)) {
                        old.add(key.asString());
                    }
                } finally {
                    LifecycleUtil.dispose(mail);
                }
            }
            for (String key : old) {
                // Its age again, under the lock: released meanwhile and kept again (a release into root that failed
                // once more comes back to the error repository under the same name), it is a mail held since now,
                // which the age read above would have deleted the day it was kept.
                if (delete("retention", "expire", held, key, "older than " + maxAge.toDays() + " days",
                    since -> since.isBefore(limit)) == Outcome.DONE) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private Optional<Found> find(Held held, String key) throws Exception {
        Optional<Mail> found = retrieve(held, key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Mail mail = found.get();
        try {
            return Optional.of(new Found(HeldMailAttributes.heldSince(mail, held.url()), route(held, mail)));
        } finally {
            LifecycleUtil.dispose(mail);
        }
    }
}
