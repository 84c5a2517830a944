package org.spoofguard.james;

import java.util.Optional;

import org.apache.james.core.MailAddress;
import org.apache.james.core.Username;
import org.apache.james.rrt.api.RecipientRewriteTable;
import org.apache.james.rrt.api.RecipientRewriteTableException;
import org.apache.james.rrt.lib.Mapping;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.user.api.UsersRepositoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.SieveVacation;

/**
 * Does an address lead to a user through James's recipient rewrite table (alias, domain alias, forward, resolved as
 * for delivery), without being some user's own mailbox (a colleague who forwards a copy to the user keeps their
 * address to themselves)? One lookup for the auto-responders: a Sieve vacation's {@code :from}, and whether a mail's
 * To/Cc names the away user under an alias. Never throws: a failed lookup is {@code LOOKUP_FAILED}.
 */
public final class UserAliases {
    private static final Logger LOGGER = LoggerFactory.getLogger(UserAliases.class);

    private UserAliases() {
    }

    public static SieveVacation.FromAlias check(RecipientRewriteTable table, UsersRepository users, MailAddress user,
                                                MailAddress address) {
        try {
            if (users.contains(Username.fromMailAddress(address))) {
                return SieveVacation.FromAlias.NOT_THE_USERS;
            }
            boolean leads = table.getResolvedMappings(address.getLocalPart(), address.getDomain())
                .asStream().map(Mapping::asMailAddress).flatMap(Optional::stream)
                .anyMatch(a -> a.asString().equalsIgnoreCase(user.asString()));
            return leads ? SieveVacation.FromAlias.LEADS_TO_USER : SieveVacation.FromAlias.NOT_THE_USERS;
        } catch (UsersRepositoryException | RecipientRewriteTable.ErrorMappingException
                 | RecipientRewriteTableException | RuntimeException e) {
            LOGGER.warn("cannot tell whether {} is an alias of {} ({})", address.asString(), user.asString(),
                e.toString());
            return SieveVacation.FromAlias.LOOKUP_FAILED;
        }
    }
}
