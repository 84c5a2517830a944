package org.spoofguard.james;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.spoofguard.core.config.Durations;
import org.spoofguard.core.dkim.DkimVerifier;
import org.spoofguard.core.dmarc.DmarcEvaluator;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.spf.SpfEvaluator;
import org.spoofguard.core.verdict.SenderAuthenticator;
import org.spoofguard.core.config.Bilingual;

/**
 * The one {@link SenderAuthenticator} of the server, built from {@code conf/spoofguard.properties} keys under
 * {@code auth.}, so the SMTP hooks, the {@code ComputeSenderVerdict} mailet and anything else decide with
 * the same resolver (one cache, RFC 7208 §4.6.4 limits over the same answers) and the same settings.
 *
 * <ul>
 *   <li>{@code auth.dmarcDiscovery} = {@code treewalk} (default, RFC 9989 §4.10) or {@code publicsuffix}
 *       (RFC 7489 §6.6.3 with the public suffix list)</li>
 *   <li>{@code auth.spfTimeBudget} = wall-clock budget of one SPF evaluation (default 20s, RFC 7208 §4.6.4)</li>
 * </ul>
 */
@Singleton
public class SenderAuthentication {
    public static final String PREFIX = "auth";
    public static final String DMARC_DISCOVERY = "dmarcDiscovery";
    public static final String SPF_TIME_BUDGET = "spfTimeBudget";
    /** The keys of the {@code auth.} section (also checked for every install by {@link SpoofGuardSettings#read}). */
    public static final Set<String> KEYS = Set.of(DMARC_DISCOVERY, SPF_TIME_BUDGET);

    private final SpoofGuardSettings settings;
    private final String authservId;
    private final SenderAuthenticator authenticator;
    private final DmarcPolicyDiscovery.Mode mode;

    /** For tests and tools outside James: a given authenticator and authserv-id, no settings file. */
    public SenderAuthentication(SenderAuthenticator authenticator, String authservId) {
        this.settings = null;
        this.authservId = authservId;
        this.authenticator = authenticator;
        this.mode = DmarcPolicyDiscovery.Mode.TREE_WALK;
    }

    @Inject
    public SenderAuthentication(SpoofGuardSettings settings) {
        this.settings = settings;
        this.authservId = settings.authservId();
        Map<String, String> section = settings.section(PREFIX);
        for (String key : section.keySet()) {
            if (!KEYS.contains(key)) {
                String name = SpoofGuardSettings.FILE + ".properties: " + PREFIX + "." + key;
                throw new IllegalArgumentException(Bilingual.of(name + ": unknown setting (known: " + KEYS + ")",
                    name + ": ukendt indstilling (kendte: " + KEYS + ")"));
            }
        }
        try {
            this.mode = DmarcPolicyDiscovery.Mode.parse(section.getOrDefault(DMARC_DISCOVERY, "treewalk"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed(SpoofGuardSettings.FILE + ".properties: " + PREFIX + "."
                + DMARC_DISCOVERY + ": ", e.getMessage()), e);
        }
        Duration budget;
        String budgetText = section.getOrDefault(SPF_TIME_BUDGET, "20s");
        try {
            budget = Durations.parse(budgetText);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Bilingual.prefixed(SpoofGuardSettings.FILE + ".properties: " + PREFIX + "."
                + SPF_TIME_BUDGET + ": ", e.getMessage()), e);
        }
        if (budget.isNegative() || budget.isZero()) {
            String name = SpoofGuardSettings.FILE + ".properties: " + PREFIX + "." + SPF_TIME_BUDGET;
            throw new IllegalArgumentException(Bilingual.of(name + ": must be positive, got '" + budgetText + "'",
                name + ": skal være positiv, ikke '" + budgetText + "'"));
        }
        this.authenticator = new SenderAuthenticator(
            new SpfEvaluator(settings.resolver(), settings.authservId(), Clock.systemUTC(), budget),
            new DkimVerifier(settings.resolver()),
            new DmarcEvaluator(settings.resolver(), mode));
    }

    public SenderAuthenticator authenticator() {
        return authenticator;
    }

    public String authservId() {
        return authservId;
    }

    public DmarcPolicyDiscovery.Mode dmarcDiscovery() {
        return mode;
    }
}
