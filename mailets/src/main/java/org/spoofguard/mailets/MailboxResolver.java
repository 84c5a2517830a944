package org.spoofguard.mailets;

import java.util.Locale;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.rrt.lib.Mapping;
import org.apache.james.rrt.lib.Mappings;
import org.apache.james.user.api.UsersRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers "will mail to this address land in somebody's mailbox?" the way James delivers it: through the
 * rewrite table (aliases, forwards, groups), then the users repository. Used to send notices only where a
 * person reads them.
 */
public class MailboxResolver {
    private static final Logger LOGGER = LoggerFactory.getLogger(MailboxResolver.class);

    private final UsersRepository users;
    private final RecipientRewriteTable rrt;
    private final DomainList domains;

    @Inject
    public MailboxResolver(UsersRepository users, RecipientRewriteTable rrt, DomainList domains) {
        this.users = users;
        this.rrt = rrt;
        this.domains = domains;
    }

    /**
     * True when mail to {@code address} reaches at least one existing local mailbox (or leaves for another
     * server through a forward, which is then that server's business). A store failure answers true: better a
     * notice that may bounce to us than none.
     */
    public boolean reachesMailbox(MailAddress address) {
        try {
            Mappings mappings = rrt.getResolvedMappings(address.getLocalPart(), address.getDomain());
            if (mappings.isEmpty()) {
                return users.contains(users.getUsername(address));
            }
            for (Mapping m : (Iterable<Mapping>) mappings.asStream()::iterator) {
                Optional<MailAddress> target = m.asMailAddress();
                if (target.isPresent()) {
                    if (!domains.containsDomain(target.get().getDomain()) || users.contains(users.getUsername(target.get()))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (RecipientRewriteTable.ErrorMappingException e) {
            return false;
        } catch (Exception e) {
            LOGGER.warn("cannot tell whether {} reaches a mailbox: {}", address, e.toString());
            return true;
        }
    }

    /** The first {@code postmaster@<local domain>} (localhost last) that reaches a mailbox. */
    public Optional<MailAddress> firstPostmasterMailbox() {
        try {
            return domains.getDomains().stream()
                .sorted((a, b) -> Boolean.compare(a.equals(Domain.LOCALHOST), b.equals(Domain.LOCALHOST)))
                .map(d -> {
                    try {
                        return new MailAddress("postmaster", d.asString().toLowerCase(Locale.ROOT));
                    } catch (javax.mail.internet.AddressException e) {
                        return null;
                    }
                })
                .filter(a -> a != null && reachesMailbox(a))
                .findFirst();
        } catch (Exception e) {
            LOGGER.warn("cannot list local domains: {}", e.toString());
            return Optional.empty();
        }
    }
}
