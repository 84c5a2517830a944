package org.spoofguard.james;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.spoofguard.core.batv.BatvSigner;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.WholeNumbers;

/**
 * BATV settings from {@code conf/spoofguard.properties} (section {@code batv.}), shared by the signing
 * mailet, the RCPT hook and the recipient-unwrapping mailet so that all use the same keys.
 * Without {@code batv.keys} BATV is off and every BATV component passes mail through untouched.
 *
 * <pre>
 * batv.keys=1:a-secret-of-16+-chars,2:an-older-secret-still-accepted
 * batv.signingKey=1        (default: the highest key number)
 * batv.validDays=7         (how late a bounce may arrive)
 * batv.domains=            (domains whose senders are signed and protected, comma or space separated; empty: all local domains)
 * </pre>
 */
@Singleton
public class BatvSettings {
    /** The keys of the {@code batv.} section (also checked for every install by {@link SpoofGuardSettings#read}). */
    public static final Set<String> KEYS = Set.of("keys", "signingKey", "validDays", "domains");

    private final Optional<BatvSigner> signer;
    private final Set<String> domains;

    @Inject
    public BatvSettings(SpoofGuardSettings settings) {
        this(settings.section("batv"), Clock.systemUTC());
    }

    public BatvSettings(Map<String, String> section, Clock clock) {
        section.keySet().stream().filter(key -> !KEYS.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException(Bilingual.of(
                "spoofguard.properties: batv." + key + ": unknown setting (known: " + KEYS + ")",
                "spoofguard.properties: batv." + key + ": ukendt indstilling (kendte: " + KEYS + ")"));
        });
        Map<Integer, String> keys = new LinkedHashMap<>();
        for (String entry : section.getOrDefault("keys", "").split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon != 1 || trimmed.charAt(0) < '0' || trimmed.charAt(0) > '9') {
                throw new IllegalArgumentException(Bilingual.of(
                    "spoofguard.properties: batv.keys: entries are N:secret with N 0-9",
                    "spoofguard.properties: batv.keys: hver post skal være N:hemmelighed med N 0-9"));
            }
            if (keys.put(trimmed.charAt(0) - '0', trimmed.substring(2)) != null) {
                // the later secret replaced the earlier: tags signed with the lost one would fail as forged
                throw new IllegalArgumentException(Bilingual.of(
                    "spoofguard.properties: batv.keys: key number " + trimmed.charAt(0) + " is given twice",
                    "spoofguard.properties: batv.keys: nøglenummer " + trimmed.charAt(0) + " står der to gange"));
            }
        }
        // Comma or space separated, as every other domain list of the file; each entry by the one rule for configured
        // domains (DomainName.configured: lower-case A-labels, no root dot), or refused. Before, "aarhus.dk kk.dk" was
        // one entry and "århus.dk", "kk.dk." or "@aarhus.dk" never equalled a recipient domain: BATV silently
        // protected nothing.
        Set<String> configuredDomains = new TreeSet<>();
        for (String domain : section.getOrDefault("domains", "").trim().split("[,\\s]+")) {
            if (domain.isEmpty()) {
                continue;
            }
            try {
                configuredDomains.add(DomainName.configured(domain));
            } catch (IllegalArgumentException e) {
                String prefix = "spoofguard.properties: batv.domains: ";
                throw new IllegalArgumentException(Bilingual.of(
                    prefix + Bilingual.english(e.getMessage()) + " (comma or space separated domains)",
                    prefix + Bilingual.danish(e.getMessage()) + " (domæner adskilt af komma eller mellemrum)"), e);
            }
        }
        this.domains = Set.copyOf(configuredDomains);
        // Checked with or without keys, each naming itself: a bad value must not wait for the day keys are added.
        Optional<Integer> configuredSigningKey = number(section, "signingKey", 0, 9, "a key number 0-9");
        int validDays = number(section, "validDays", 1, BatvSigner.MAX_VALID_DAYS,
            "a whole number of days 1.." + BatvSigner.MAX_VALID_DAYS).orElse(7);
        if (keys.isEmpty()) {
            this.signer = Optional.empty();
            return;
        }
        try {
            int signingKey = configuredSigningKey
                .orElseGet(() -> keys.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow());
            this.signer = Optional.of(new BatvSigner(keys, signingKey, validDays, clock));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed("spoofguard.properties: batv.", e.getMessage()), e);
        }
    }

    private static Optional<Integer> number(Map<String, String> section, String key, int min, int max, String form) {
        String text = section.get(key);
        if (text == null) {
            return Optional.empty();
        }
        // the one whole-number rule (WholeNumbers): "+7" or other scripts' digits are refused too
        OptionalInt value = WholeNumbers.value(text, min, max);
        if (value.isPresent()) {
            return Optional.of(value.getAsInt());
        }
        throw new IllegalArgumentException("spoofguard.properties: batv." + key + ": must be " + form + ", got '" + text
            + "' / skal være " + (key.equals("validDays") ? "et helt antal dage " + min + ".." + max
            : "et nøglenummer " + min + "-" + max) + ", ikke '" + text + "'");
    }

    /** Empty when BATV is not configured. */
    public Optional<BatvSigner> signer() {
        return signer;
    }

    /** Configured protected domains, in {@link DomainName#ascii} form; empty means "every local domain". */
    public Set<String> domains() {
        return domains;
    }

    /**
     * True when {@code domain} is one of {@link #domains()}, compared in the same normal form (a U-label or
     * upper-case recipient domain matches its configured A-label).
     */
    public boolean listed(String domain) {
        return DomainName.ascii(domain).map(domains::contains).orElse(false);
    }
}
