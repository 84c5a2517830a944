package org.spoofguard.smtp.rcpt;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.mail.internet.AddressException;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.Username;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.rrt.lib.Mapping;
import org.apache.james.rrt.lib.Mappings;
import org.apache.james.user.api.UsersRepository;
import org.spoofguard.core.recipient.MailboxQuota;
import org.spoofguard.james.MailboxQuotas;
import org.spoofguard.core.recipient.RecipientDirectory;

/**
 * {@link RecipientDirectory} over James's own stores. Only local lookups: users repository, rewrite
 * table, domain list, quota. Store exceptions propagate (the validator turns them into 451 4.3.0); an address
 * James's {@code Username} refuses is a permanent fact and answered as no user / no mapping.
 */
final class JamesRecipientDirectory implements RecipientDirectory {
    private final UsersRepository users;
    private final RecipientRewriteTable rrt;
    private final DomainList domains;
    /** Null when James binds no quota manager: the quota check is then off. */
    private final MailboxQuotas quotas;

    JamesRecipientDirectory(UsersRepository users, RecipientRewriteTable rrt, DomainList domains,
                            QuotaManager quotaManager, UserQuotaRootResolver quotaRoots) {
        this.users = Objects.requireNonNull(users, "users");
        this.rrt = Objects.requireNonNull(rrt, "rrt");
        this.domains = Objects.requireNonNull(domains, "domains");
        this.quotas = quotaManager != null && quotaRoots != null ? new MailboxQuotas(quotaManager, quotaRoots, users) : null;
    }

    boolean quotaAvailable() {
        return quotas != null;
    }

    @Override
    public boolean isLocalDomain(String domain) throws Exception {
        return domains.containsDomain(Domain.of(domain));
    }

    @Override
    public boolean userExists(String address) throws Exception {
        MailAddress mailAddress;
        try {
            mailAddress = new MailAddress(address);
        } catch (AddressException e) {
            // a rewrite target that is not an address is a dead end, not a store failure
            return false;
        }
        Username username;
        try {
            username = users.getUsername(mailAddress);
        } catch (IllegalArgumentException e) {
            // James's Username refuses a local part with '@' ("a@b"@domain) or an address over 255 characters:
            // no such user can ever exist, so this is a permanent "unknown" (550), not our failure (451)
            return false;
        }
        return users.contains(username);
    }

    @Override
    public Resolution resolve(String address) throws Exception {
        MailAddress mailAddress = new MailAddress(address);
        try {
            Username.fromLocalPartWithDomain(mailAddress.getLocalPart(), mailAddress.getDomain());
        } catch (IllegalArgumentException e) {
            // the rewrite table keys its mappings by the same Username: an address James cannot name has no
            // mapping, now or later (a permanent 550, not a 451 that makes the client retry for days)
            return Resolution.unresolvable("not a valid James user name: " + e.getMessage());
        }
        try {
            Mappings mappings = rrt.getResolvedMappings(mailAddress.getLocalPart(), mailAddress.getDomain());
            List<String> targets = mappings.asStream()
                .map(JamesRecipientDirectory::target)
                .collect(Collectors.toList());
            return Resolution.targets(targets);
        } catch (RecipientRewriteTable.ErrorMappingException e) {
            // error: mappings and chains past the mapping limit (loops): James would bounce these later
            return Resolution.unresolvable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String target(Mapping mapping) {
        return mapping.asMailAddress().map(MailAddress::asString).orElse(mapping.asString());
    }

    /**
     * The quota of the user's own root (James files every mailbox of a user under one root). James's
     * "unlimited" (and a missing value) becomes empty: we never refuse on a limit we do not know.
     */
    @Override
    public MailboxQuota quota(String address) throws Exception {
        if (!quotaAvailable()) {
            return MailboxQuota.UNKNOWN;
        }
        MailAddress mailAddress;
        try {
            mailAddress = new MailAddress(address);
        } catch (AddressException e) {
            return MailboxQuota.UNKNOWN;
        }
        return quotas.of(mailAddress);
    }
}
