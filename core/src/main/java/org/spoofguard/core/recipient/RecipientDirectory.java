package org.spoofguard.core.recipient;

import java.util.List;
import java.util.Objects;

/**
 * The mail server's view of who lives here, reduced to what RCPT validation needs. Every method may
 * throw: the validator turns any exception into a 451 4.3.0 tempfail, never a 5xx.
 * Implementations must answer from local stores only (no network round trips per RCPT).
 */
public interface RecipientDirectory {

    /** Is mail for this domain delivered here? ({@code domain} is lower case, no trailing dot.) */
    boolean isLocalDomain(String domain) throws Exception;

    /** Does a mailbox exist for this address ({@code local@domain})? */
    boolean userExists(String address) throws Exception;

    /**
     * Resolve the address through the rewrite table (aliases, forwards, groups, domain aliases, regex)
     * to its final targets. A chain that loops, exceeds the mapping limit or ends in an error mapping is
     * {@link Resolution.Unresolvable}; no mapping at all is an empty {@link Resolution.Targets}.
     * A store failure must be thrown, not reported as unresolvable.
     */
    Resolution resolve(String address) throws Exception;

    /**
     * This existing user's quota (message count and storage size). {@link MailboxQuota#UNKNOWN} when the
     * store keeps none; a lookup failure must be thrown (451 4.3.0), never reported as unknown.
     */
    default MailboxQuota quota(String address) throws Exception {
        return MailboxQuota.UNKNOWN;
    }

    /** Result of a rewrite-table resolution. */
    sealed interface Resolution permits Resolution.Targets, Resolution.Unresolvable {

        record Targets(List<String> addresses) implements Resolution {
            public Targets {
                addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
            }
        }

        record Unresolvable(String why) implements Resolution {
            public Unresolvable {
                why = why == null ? "" : why;
            }
        }

        static Resolution targets(List<String> addresses) {
            return new Targets(addresses);
        }

        static Resolution none() {
            return new Targets(List.of());
        }

        static Resolution unresolvable(String why) {
            return new Unresolvable(why);
        }
    }
}
