package org.spoofguard.smtp.batv;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.handler.ProtocolHandler;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;
import org.apache.james.protocols.smtp.hook.RcptHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.batv.BatvSigner;
import org.spoofguard.core.batv.BatvVerdict;
import org.spoofguard.core.net.IpLiteral;
import org.spoofguard.core.recipient.HarvestTracker;
import org.spoofguard.james.BatvSettings;
import org.spoofguard.smtp.ClientAddress;
import org.spoofguard.smtp.HandlerParameters;
import org.spoofguard.smtp.tls.TlsState;
import org.spoofguard.core.config.Bilingual;

/**
 * Refuses backscatter aimed at our own domains: a bounce (null reverse-path, RFC 5321 §4.5.5) may only
 * go to a BATV-signed envelope sender we issued. We sign every envelope sender of our domains, so a
 * bounce to an unsigned, expired or forged address answers mail we never sent (a Joe Job) and is
 * refused with 550 during the session, costing us nothing and the forger's victim nothing.
 *
 * <p>Valid signed recipients pass BATV whatever the sender (the signature proves we used that address) and are left
 * (DECLINED) to {@code RecipientValidationHook}, which must follow this hook: it judges the real address
 * ({@link #originalOf}) with the same user, quota and end-of-DATA room checks as any mail to that user. The tag proves
 * only that a bounce answers our mail, not that the mailbox has room: answering OK here skipped those checks, so a
 * bounce to a full mailbox was accepted and parked instead of getting 452 4.2.2 (RFC 5321 §4.2.2) and being retried.
 * The root processor's {@code org.spoofguard.mailets.batv.BatvUnwrapRecipient} turns them back into the real address. A non-null sender
 * reaches a signed address too: RFC 3834 §3.3 only says an automatic responder SHOULD send from {@code <>}, and
 * vacation replies, list confirmations and challenge-response systems answer the envelope sender with their own;
 * refusing those would be 550 5.1.1 for an address we issued ourselves. With a non-null sender nothing else changes:
 * an unsigned recipient, or one whose tag is invalid or expired, is left to the next hooks (recipient validation
 * refuses {@code prvs=...} as an unknown user), as are recipients outside the protected domains and the local parts
 * in {@code <exempt>} (default {@code postmaster,abuse}: RFC 5321 §4.5.1 and RFC 2142 require them to take any
 * mail). Parameter {@code <mode>}: {@code reject} (default) or {@code record} (only log and count, for a trial
 * period); it applies to bounces only.
 */
public class BatvRcptHook implements RcptHook, ProtocolHandler {
    private static final Logger LOGGER = LoggerFactory.getLogger(BatvRcptHook.class);
    /**
     * Bounces to a forged tag (our form, a fresh day, a wrong hash) refused with 550 in one session before the next
     * one closes it with 421. The hash has only 24 bits (draft-levine-smtp-batv-01 §4.1) and this hook answers before
     * RecipientValidationHook, whose per-session and per-client harvest limits never see these refusals: without a
     * limit one pipelined session could try the 16.7 million hashes of a user's current day until one is ours, and
     * launder bounces into her mailbox. The same number as RecipientValidationHook's default maxUnknownPerSession.
     * Unsigned and expired addresses do not count: a Joe Job's backscatter from a big provider comes many to a
     * session and keeps its permanent 550.
     */
    static final int MAX_FORGED_PER_SESSION = 5;
    /**
     * Forged tags from one client (IPv6: its /64) across all its sessions before its bounces to our protected
     * addresses get 421 for {@link #CLIENT_BLOCK}: {@link #MAX_FORGED_PER_SESSION} alone is dodged by reconnecting
     * after every fifth guess. Counted by the same {@link HarvestTracker} rule as recipient validation's harvest limit
     * (the score halves every {@link #CLIENT_HALF_LIFE}; the same forged address retried counts once, so an MTA
     * retrying a queued backscatter bounce is not blocked by it), in this hook itself: it refuses forged tags before
     * RecipientValidationHook, whose tracker never sees them, and must stay fail-closed when that hook is absent.
     */
    public static final int MAX_FORGED_PER_CLIENT = 20;
    static final Duration CLIENT_HALF_LIFE = Duration.ofHours(1);
    static final Duration CLIENT_BLOCK = Duration.ofHours(1);
    private static final int MAX_TRACKED_CLIENTS = 10_000;
    private static final ProtocolSession.AttachmentKey<Integer> FORGED_IN_SESSION =
        ProtocolSession.AttachmentKey.of("org.spoofguard.batv.forgedInSession", Integer.class);

    /** Valid tagged recipient (as given at RCPT) to its real address, for this transaction; see {@link #originalOf}. */
    private static final ProtocolSession.AttachmentKey<ValidTags> VALID_TAGS =
        ProtocolSession.AttachmentKey.of("org.spoofguard.batv.validTags", ValidTags.class);

    private record ValidTags(Map<String, String> originals) {
        ValidTags with(String tagged, String original) {
            Map<String, String> next = new HashMap<>(originals);
            next.put(tagged, original);
            return new ValidTags(Map.copyOf(next));
        }
    }

    /**
     * The real address of a recipient this hook accepted with a valid BATV tag in the current transaction, for the
     * recipient checks that follow (at RCPT and at the end of DATA); empty for every other recipient, so a
     * {@code prvs=...} address nobody vouched for is still looked up as it is (and refused as an unknown user).
     */
    public static Optional<String> originalOf(SMTPSession session, MailAddress rcpt) {
        return session.getAttachment(VALID_TAGS, ProtocolSession.State.Transaction)
            .map(tags -> tags.originals().get(rcpt.asString()));
    }

    private final BatvSettings settings;
    private final DomainList domainList;
    private final MetricFactory metrics;
    private boolean reject = true;
    private Set<String> exempt = Set.of("postmaster", "abuse");
    /** Per client across sessions; one per hook instance, which James keeps for the server's lifetime. */
    private final HarvestTracker forgedPerClient = new HarvestTracker(Clock.systemUTC(), MAX_FORGED_PER_CLIENT,
        CLIENT_HALF_LIFE, CLIENT_BLOCK, MAX_TRACKED_CLIENTS);

    @Inject
    public BatvRcptHook(BatvSettings settings, DomainList domainList, MetricFactory metrics) {
        this.settings = settings;
        this.domainList = domainList;
        this.metrics = metrics;
    }

    @Override
    public void init(Configuration config) throws ConfigurationException {
        // <exempt> may be given once per local part as well as comma-separated
        HandlerParameters.requireKnown("BatvRcptHook", config, Set.of("mode"), Set.of("exempt"));
        String mode = config.getString("mode", "reject").trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "reject" -> reject = true;
            case "record" -> reject = false;
            default -> throw new IllegalArgumentException(Bilingual.of(
                "BatvRcptHook: mode: expected reject or record, got '" + mode + "'",
                "BatvRcptHook: mode: skal være reject eller record, ikke '" + mode + "'"));
        }
        String list = String.join(",", config.getStringArray("exempt"));
        if (!list.isBlank()) {
            exempt = Set.of(list.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        }
    }

    @Override
    public void destroy() {
    }

    @Override
    public HookResult doRcpt(SMTPSession session, MaybeSender sender, MailAddress rcpt) {
        if (settings.signer().isEmpty()) {
            return HookResult.DECLINED;
        }
        try {
            if (!isProtected(rcpt.getDomain()) || exempt.contains(rcpt.getLocalPart().toLowerCase(Locale.ROOT))) {
                return HookResult.DECLINED;
            }
            BatvSigner signer = settings.signer().get();
            BatvVerdict verdict = signer.verify(rcpt.asString());
            Optional<InetAddress> clientIp = ClientAddress.of(session);
            String client = clientIp.map(IpLiteral::toText).orElse("?");
            if (reject && sender.isNullSender() && clientIp.map(forgedPerClient::isBlocked).orElse(false)) {
                // even a tag that verifies: after this many wrong guesses it is most likely the lucky one
                return guessing(client, "client blocked after " + MAX_FORGED_PER_CLIENT + " forged tags");
            }
            if (verdict.valid()) {
                metrics.generate("spoofguard_batv_valid").increment();
                LOGGER.info("BATV: {} from {} to {} accepted ({}) tls={}",
                    sender.isNullSender() ? "bounce" : "reply <" + sender.asString() + ">", client, rcpt.asString(),
                    verdict.reason(), TlsState.logValue(session));
                // not OK: that skipped recipient validation's quota checks; it looks up the real address instead
                ValidTags tags = session.getAttachment(VALID_TAGS, ProtocolSession.State.Transaction)
                    .orElse(new ValidTags(Map.of()));
                session.setAttachment(VALID_TAGS, tags.with(rcpt.asString(), verdict.original()),
                    ProtocolSession.State.Transaction);
                return HookResult.DECLINED;
            }
            if (!sender.isNullSender()) {
                // Only bounces must carry our signature; ordinary mail to an unsigned address is not backscatter.
                return HookResult.DECLINED;
            }
            if (verdict.untaggable()) {
                // BatvSign never tags this address: its real bounces come back to it bare (refusing them hid
                // every failed delivery from a user with a long or quoted local part)
                LOGGER.info("BATV: bounce from {} to {} not checked ({}) tls={}", client, rcpt.asString(),
                    verdict.reason(), TlsState.logValue(session));
                return HookResult.DECLINED;
            }
            metrics.generate("spoofguard_batv_refused").increment();
            LOGGER.info("BATV: bounce from {} to {} {} ({}) tls={}", client, rcpt.asString(),
                reject ? "refused" : "would be refused (mode=record)", verdict.reason(), TlsState.logValue(session));
            if (!reject) {
                return HookResult.DECLINED;
            }
            if (verdict.forged()) {
                int forged = session.getAttachment(FORGED_IN_SESSION, ProtocolSession.State.Connection).orElse(0) + 1;
                session.setAttachment(FORGED_IN_SESSION, forged, ProtocolSession.State.Connection);
                boolean clientBlocked = clientIp.map(ip -> forgedPerClient.recordUnknown(ip, rcpt.asString()))
                    .orElse(false);
                if (forged > MAX_FORGED_PER_SESSION) {
                    return guessing(client, forged + " forged tags in one session");
                }
                if (clientBlocked) {
                    return guessing(client, "client blocked after " + MAX_FORGED_PER_CLIENT + " forged tags");
                }
            }
            return HookResult.builder()
                .hookReturnCode(HookReturnCode.deny())
                .smtpReturnCode("550")
                .smtpDescription("5.7.1 <" + rcpt.asString() + ">: bounce to an address we never used as sender (BATV: "
                    + verdict.reason() + ")")
                .build();
        } catch (RuntimeException e) {
            // Our own failure must never turn into a 5xx.
            metrics.generate("spoofguard_batv_errors").increment();
            LOGGER.warn("BATV check failed for {}: {}", rcpt.asString(), e.toString());
            return HookResult.DECLINED;
        }
    }

    private HookResult guessing(String client, String why) {
        metrics.generate("spoofguard_batv_guessing").increment();
        LOGGER.warn("BATV: {} from {}, closing the session (tag guessing)", why, client);
        return HookResult.builder()
            .hookReturnCode(HookReturnCode.disconnected(HookReturnCode.Action.DENYSOFT))
            .smtpReturnCode("421")
            .smtpDescription("4.7.0 Too many forged BATV addresses, closing connection")
            .build();
    }

    private boolean isProtected(Domain domain) {
        if (!settings.domains().isEmpty()) {
            return settings.listed(domain.asString());
        }
        try {
            return domainList.containsDomain(domain);
        } catch (Exception e) {
            throw new IllegalStateException("domain list lookup failed", e);
        }
    }
}
