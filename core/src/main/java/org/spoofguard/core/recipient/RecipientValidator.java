package org.spoofguard.core.recipient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decides one RCPT TO before the mail is accepted, so that nothing is accepted that would later have to
 * bounce: accepting first and bouncing later is what turns a server into a backscatter source for
 * forged senders.
 *
 * <ul>
 *   <li>Local domains: an address with rewrite-table mappings (user or not, as James's RecipientRewriteTable
 *       mailet rewrites both) must resolve to at least one deliverable target (an existing local user with
 *       room, or a remote address); an address without mappings must be an existing user with room. Error
 *       mappings, loops and dead ends: 550 5.1.1. Local decisions use only the {@link RecipientDirectory}
 *       (no network).</li>
 *   <li>Relay domains: callout to the configured downstream (cached).</li>
 *   <li>Any failure of our own: 451 4.3.0, never a 5xx.</li>
 *   <li>Harvest protection per session and per client address.</li>
 * </ul>
 * Thread-safe; {@link #validate} never throws.
 */
public final class RecipientValidator {
    /** Targets of one mapping (e.g. a huge group) examined before giving the benefit of the doubt. */
    static final int MAX_TARGETS = 100;

    private final RecipientDirectory directory;
    private final Settings settings;
    private final CalloutService callouts;
    private final HarvestTracker harvest;

    /**
     * @param checkQuota refuse with 452 when every deliverable mailbox is full: count quota used up, size
     *                   quota used up, or too small for the declared SIZE (see {@link MailboxQuota#refusal})
     * @param useRewriteTable resolve every local address through the rewrite table first, as James's
     *                        RecipientRewriteTable mailet does (off: only users are valid, mappings ignored)
     * @param maxUnknownPerSession after this many unknown recipients in one session, further RCPTs get
     *                             421 and the connection is closed; 0 disables
     * @param relayDomains lower-case relay domain to its downstream
     */
    public record Settings(boolean checkQuota, boolean useRewriteTable, int maxUnknownPerSession,
                           Map<String, Downstream> relayDomains) {
        public Settings {
            if (maxUnknownPerSession < 0) {
                throw new IllegalArgumentException("maxUnknownPerSession must not be negative");
            }
            relayDomains = Map.copyOf(Objects.requireNonNull(relayDomains, "relayDomains"));
        }

        public static Settings defaults() {
            return new Settings(true, true, 5, Map.of());
        }
    }

    /**
     * @param callouts required if {@code settings.relayDomains()} is not empty
     * @param harvest per-client tracker, or null to disable
     */
    public RecipientValidator(RecipientDirectory directory, Settings settings, CalloutService callouts,
                              HarvestTracker harvest) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (!settings.relayDomains().isEmpty() && callouts == null) {
            throw new IllegalArgumentException("relay domains need a CalloutService");
        }
        this.callouts = callouts;
        this.harvest = harvest;
    }

    public Settings settings() {
        return settings;
    }

    public RecipientDecision validate(RecipientRequest request) {
        String address = request.address();
        try {
            RecipientDecision d = decide(request);
            if (d.outcome().isUnknownRecipient() && !request.trusted() && harvest != null) {
                harvest.recordUnknown(request.clientIp(), address);
            }
            return d;
        } catch (Exception | LinkageError e) {
            return RecipientDecision.tempfail(address, "lookup failed: " + e);
        }
    }

    /**
     * End of DATA: does a recipient accepted at RCPT still have room for the message, now that its exact size is
     * known? The RCPT check saw only a declared {@code SIZE} (optional, may understate) and a quota that may have
     * filled since. Only the quota is judged again, with the same rule as at RCPT ({@link MailboxQuota#refusal}
     * with the exact size as the declared one) and the same final mailboxes (rewrite table): an address that
     * is no longer known is not a quota matter (James's transport handles it), and relay domains are never
     * called out again. Returns {@link RecipientOutcome#MAILBOX_FULL} (452 4.2.2), a 451 tempfail when the
     * lookup fails, else an accept. Never throws; no harvest bookkeeping.
     */
    public RecipientDecision roomAtEndOfData(String address, long exactSize) {
        RecipientRequest request = new RecipientRequest(address, null, true, 0, OptionalLong.of(exactSize));
        try {
            if (!settings.checkQuota() || request.domain().isEmpty() || !directory.isLocalDomain(request.domain())) {
                return RecipientDecision.skipped("not a local mailbox, or quota check off");
            }
            RecipientDecision d = decideLocal(request);
            if (d.outcome() != RecipientOutcome.MAILBOX_FULL) {
                return RecipientDecision.accepted(address, "fits");
            }
            // same rule as for a declared SIZE; the log should say which size it was
            return RecipientDecision.mailboxFull(address, d.reason().replace("declared SIZE=", "message size "));
        } catch (Exception | LinkageError e) {
            return RecipientDecision.tempfail(address, "lookup failed: " + e);
        }
    }

    private RecipientDecision decide(RecipientRequest request) throws Exception {
        String address = request.address();
        if (isPostmaster(address) && !request.domain().isEmpty() && directory.isLocalDomain(request.domain())) {
            // Ahead of the harvest limits too: a client we cut off must still be able to reach the postmaster
            // to sort it out, and a single well-known address tells a harvester nothing.
            return postmaster(address);
        }
        if (!request.trusted()) {
            int limit = settings.maxUnknownPerSession();
            if (limit > 0 && request.unknownSoFar() >= limit) {
                return RecipientDecision.harvestSession(request.unknownSoFar() + " unknown recipients in this session");
            }
            if (harvest != null && harvest.isBlocked(request.clientIp())) {
                return RecipientDecision.harvestClient("client blocked for harvesting, score "
                    + String.format(Locale.ROOT, "%.1f", harvest.score(request.clientIp())));
            }
        }
        String domain = request.domain();
        if (domain.isEmpty()) {
            // No domain: James rejects these itself (or accepts postmaster); not ours to decide.
            return RecipientDecision.skipped("address without domain");
        }
        if (directory.isLocalDomain(domain)) {
            return decideLocal(request);
        }
        Downstream downstream = settings.relayDomains().get(domain);
        if (downstream != null) {
            if (request.trusted()) {
                return RecipientDecision.skipped("trusted session, relay domain " + domain);
            }
            return decideRelay(address, downstream);
        }
        return RecipientDecision.skipped("domain " + domain + " is neither local nor a relay domain");
    }

    private RecipientDecision decideLocal(RecipientRequest request) throws Exception {
        String address = request.address();
        if (isPostmaster(address)) {
            return postmaster(address);
        }
        if (!settings.useRewriteTable()) {
            return ownMailbox(address, request, "no such user");
        }
        // The rewrite table first, for users too: James 3.8.1's RecipientRewriteTable mailet
        // (RecipientRewriteTableProcessor) replaces EVERY recipient that has mappings, whether or not a user of
        // that name exists. Judging an existing user by its own mailbox would accept mail that then goes to
        // rrt-error (error mapping), to local-address-error (forward to a deleted user), or refuse it for a
        // full mailbox the mail never reaches (forward off-site); the first two fail only after our 250.
        RecipientDirectory.Resolution resolution = directory.resolve(address);
        if (resolution instanceof RecipientDirectory.Resolution.Unresolvable u) {
            return RecipientDecision.unknown(address, "rewrite table: " + u.why());
        }
        List<String> targets = ((RecipientDirectory.Resolution.Targets) resolution).addresses();
        if (targets.isEmpty()) {
            // no mapping: James delivers to the address itself
            return ownMailbox(address, request, "no such user and no mapping");
        }
        // A target equal to the address itself (a forward that keeps a copy: James's identity mapping) is judged
        // below like any other local target: the user must exist and its quota have room.
        List<String> dead = new ArrayList<>();
        boolean someFull = false;
        int examined = 0;
        for (String target : targets) {
            if (examined++ >= MAX_TARGETS) {
                return RecipientDecision.accepted(address, "mapping has more than " + MAX_TARGETS
                    + " targets, first ones not deliverable: " + summary(dead));
            }
            String targetDomain = RecipientRequest.domainOf(target);
            if (targetDomain.isEmpty()) {
                dead.add(target + " (not an address)");
                continue;
            }
            if (!directory.isLocalDomain(targetDomain)) {
                return RecipientDecision.accepted(address, "maps to remote " + target);
            }
            if (!directory.userExists(target)) {
                dead.add(target + " (no such local user)");
                continue;
            }
            Optional<String> full = quotaRefusal(target, request);
            if (full.isPresent()) {
                someFull = true;
                dead.add(target + " (" + full.get() + ")");
                continue;
            }
            return RecipientDecision.accepted(address, "maps to local user " + target);
        }
        if (someFull) {
            return RecipientDecision.mailboxFull(address, "every deliverable target is full: " + summary(dead));
        }
        return RecipientDecision.unknown(address, "mapping leads nowhere: " + summary(dead));
    }

    /** The address is delivered to its own mailbox (no mapping, or the rewrite table is off): user + quota. */
    private RecipientDecision ownMailbox(String address, RecipientRequest request, String unknownWhy) throws Exception {
        if (!directory.userExists(address)) {
            return RecipientDecision.unknown(address, unknownWhy);
        }
        Optional<String> full = quotaRefusal(address, request);
        if (full.isPresent()) {
            return RecipientDecision.mailboxFull(address, address + ": " + full.get());
        }
        return RecipientDecision.accepted(address, "local user");
    }

    /**
     * Is the local part postmaster (any case)? The caller checks that the domain is local. RFC 5321 §4.5.1:
     * postmaster of every domain we accept mail for MUST be accepted. Without a mailbox of its own, James's
     * PostmasterAlias (first mailet of root in the shipped mailetcontainer.xml; 3.8.1 matches the local part
     * case-insensitively on any local domain) hands it to the configured postmaster, and the mailet PostmasterMailbox
     * after it to a postmaster mailbox that exists or, when none does, to the error repository: accepting it
     * bounces nothing. abuse@ (RFC 2142, only a SHOULD) is not treated so: nothing in James 3.8.1's mailet chain delivers
     * it without a user or mapping (PostmasterAbuseRcptHook only answers OK at RCPT), so accepting it would mean a
     * later bounce; it goes through the normal user/mapping check.
     */
    public static boolean isPostmaster(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at == "postmaster".length() && address.regionMatches(true, 0, "postmaster", 0, at);
    }

    private static RecipientDecision postmaster(String address) {
        return RecipientDecision.accepted(address, "postmaster of a local domain (RFC 5321 4.5.1)");
    }

    /** Why the final mailbox {@code mailbox} has no room for this message, or empty (also when quotas are off). */
    private Optional<String> quotaRefusal(String mailbox, RecipientRequest request) throws Exception {
        if (!settings.checkQuota()) {
            return Optional.empty();
        }
        return directory.quota(mailbox).refusal(request.declaredSize());
    }

    private RecipientDecision decideRelay(String address, Downstream downstream) {
        CalloutResult r = callouts.verify(downstream, address);
        String reason = r.reason() + (r.code() > 0 ? " [" + r.code() + " " + r.reply() + "]" : "");
        switch (r.status()) {
            case ACCEPTED:
                return RecipientDecision.calloutAccepted(address, reason, r.cached());
            case REJECTED:
                return RecipientDecision.calloutRejected(address, reason, r.cached());
            case MAILBOX_FULL:
                return RecipientDecision.calloutMailboxFull(address, reason);
            case DEFERRED:
                return RecipientDecision.calloutDeferred(address, reason);
            case BUSY:
                return RecipientDecision.calloutBusy(address, reason);
            case UNREACHABLE:
            default:
                return RecipientDecision.calloutUnreachable(address, reason);
        }
    }

    private static String summary(List<String> dead) {
        if (dead.size() <= 5) {
            return String.join(", ", dead);
        }
        return String.join(", ", dead.subList(0, 5)) + " and " + (dead.size() - 5) + " more";
    }
}
