package org.spoofguard.smtp.rcpt;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import javax.mail.internet.AddressException;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.Username;
import org.apache.james.core.quota.QuotaCountLimit;
import org.apache.james.core.quota.QuotaCountUsage;
import org.apache.james.core.quota.QuotaLimitValue;
import org.apache.james.core.quota.QuotaSizeLimit;
import org.apache.james.core.quota.QuotaSizeUsage;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.mailbox.model.Quota;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.rrt.lib.Mapping;
import org.apache.james.rrt.lib.Mappings;
import org.apache.james.user.api.UsersRepository;
import org.spoofguard.core.recipient.MailboxQuota;
import org.spoofguard.core.recipient.RecipientDirectory;

/**
 * {@link RecipientDirectory} over James's own stores. Only local lookups: users repository, rewrite
 * table, domain list, quota. Store exceptions propagate (the validator turns them into 451 4.3.0).
 */
final class JamesRecipientDirectory implements RecipientDirectory {
    private final UsersRepository users;
    private final RecipientRewriteTable rrt;
    private final DomainList domains;
    private final QuotaManager quotaManager;
    private final UserQuotaRootResolver quotaRoots;

    JamesRecipientDirectory(UsersRepository users, RecipientRewriteTable rrt, DomainList domains,
                            QuotaManager quotaManager, UserQuotaRootResolver quotaRoots) {
        this.users = Objects.requireNonNull(users, "users");
        this.rrt = Objects.requireNonNull(rrt, "rrt");
        this.domains = Objects.requireNonNull(domains, "domains");
        this.quotaManager = quotaManager;
        this.quotaRoots = quotaRoots;
    }

    boolean quotaAvailable() {
        return quotaManager != null && quotaRoots != null;
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
        return users.contains(users.getUsername(mailAddress));
    }

    @Override
    public Resolution resolve(String address) throws Exception {
        MailAddress mailAddress = new MailAddress(address);
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
        Username username;
        try {
            username = users.getUsername(new MailAddress(address));
        } catch (AddressException e) {
            return MailboxQuota.UNKNOWN;
        }
        QuotaManager.Quotas quotas = quotaManager.getQuotas(quotaRoots.forUser(username));
        Quota<QuotaCountLimit, QuotaCountUsage> count = quotas.getMessageQuota();
        Quota<QuotaSizeLimit, QuotaSizeUsage> size = quotas.getStorageQuota();
        return new MailboxQuota(
            count == null || count.getUsed() == null ? OptionalLong.empty() : OptionalLong.of(count.getUsed().asLong()),
            count == null ? OptionalLong.empty() : limit(count.getLimit()),
            size == null || size.getUsed() == null ? OptionalLong.empty() : OptionalLong.of(size.getUsed().asLong()),
            size == null ? OptionalLong.empty() : limit(size.getLimit()));
    }

    private static OptionalLong limit(QuotaLimitValue<?> limit) {
        return limit != null && limit.isLimited() ? OptionalLong.of(limit.asLong()) : OptionalLong.empty();
    }
}
