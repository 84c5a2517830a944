package org.spoofguard.james;

import java.util.Objects;
import java.util.OptionalLong;

import org.apache.james.core.MailAddress;
import org.apache.james.core.Username;
import org.apache.james.core.quota.QuotaCountLimit;
import org.apache.james.core.quota.QuotaCountUsage;
import org.apache.james.core.quota.QuotaLimitValue;
import org.apache.james.core.quota.QuotaSizeLimit;
import org.apache.james.core.quota.QuotaSizeUsage;
import org.apache.james.mailbox.model.Quota;
import org.apache.james.mailbox.quota.QuotaManager;
import org.apache.james.mailbox.quota.UserQuotaRootResolver;
import org.apache.james.user.api.UsersRepository;
import org.spoofguard.core.recipient.MailboxQuota;

/**
 * The one reading of a mailbox's quota from James's stores, as core's {@link MailboxQuota}: RCPT validation asks
 * it before accepting a recipient, the bounce guard after a LocalDelivery failure (to tell "mailbox full" from
 * other failures). Both then apply {@link MailboxQuota#refusal}, the same rule James's delivery applies.
 */
public final class MailboxQuotas {
    private final QuotaManager quotaManager;
    private final UserQuotaRootResolver quotaRoots;
    private final UsersRepository users;

    public MailboxQuotas(QuotaManager quotaManager, UserQuotaRootResolver quotaRoots, UsersRepository users) {
        this.quotaManager = Objects.requireNonNull(quotaManager, "quotaManager");
        this.quotaRoots = Objects.requireNonNull(quotaRoots, "quotaRoots");
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The quota of the mailbox {@code address} is delivered to; store failures propagate. */
    public MailboxQuota of(MailAddress address) throws Exception {
        Username username = users.getUsername(address);
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
