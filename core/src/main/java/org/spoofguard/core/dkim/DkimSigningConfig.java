package org.spoofguard.core.dkim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.WholeNumbers;
import org.spoofguard.core.net.DomainName;

/**
 * The {@code dkim.} section of {@code spoofguard.properties}: how our outgoing mail is signed. Shared by the
 * signing mailet and {@code bin/spoofguard-posture}, so both agree on selector, algorithm and key location.
 *
 * @param enabled {@code dkim.enabled} (default true)
 * @param selector {@code dkim.selector} (default {@value #DEFAULT_SELECTOR})
 * @param algorithm {@code dkim.algorithm}: rsa-sha256 (default, RSA-2048) or ed25519-sha256 (RFC 8463)
 * @param rsaBits {@code dkim.rsaBits} for new RSA keys (default 2048; 1024 is refused, RFC 8301 §3.2 makes it the floor)
 * @param keyDirectory {@code dkim.keyDirectory}, relative to the data directory (default {@value #DEFAULT_KEY_DIRECTORY})
 * @param domains {@code dkim.domains}: domains to sign for; empty = every local domain
 */
public record DkimSigningConfig(boolean enabled, String selector, DkimAlgorithm algorithm, int rsaBits,
                                String keyDirectory, List<String> domains) {
    public static final String DEFAULT_SELECTOR = "spoofguard";
    public static final String DEFAULT_KEY_DIRECTORY = "var/spoofguard/dkim";
    /** The keys of the {@code dkim.} section. */
    public static final Set<String> KEYS = Set.of("enabled", "selector", "algorithm", "rsaBits", "keyDirectory", "domains");
    /** A DNS label sequence without "..": keeps a domain or selector from walking out of the key directory. */
    static final Pattern NAME = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");

    public DkimSigningConfig {
        domains = List.copyOf(domains);
    }

    public static DkimSigningConfig defaults() {
        return parse(Map.of());
    }

    /** Parses the section with the {@code dkim.} prefix removed; a bad or unknown key throws naming it. */
    public static DkimSigningConfig parse(Map<String, String> section) {
        for (String key : section.keySet()) {
            if (!KEYS.contains(key)) {
                String known = String.join(", ", KEYS.stream().sorted().toList());
                throw new IllegalArgumentException(Bilingual.of("dkim." + key + ": unknown key (known: " + known + ")",
                    "dkim." + key + ": ukendt nøgle (kendte: " + known + ")"));
            }
        }
        String enabledText = section.getOrDefault("enabled", "true").trim().toLowerCase(Locale.ROOT);
        if (!enabledText.equals("true") && !enabledText.equals("false")) {
            throw new IllegalArgumentException(Bilingual.of("dkim.enabled: must be true or false, got '" + enabledText + "'",
                "dkim.enabled: skal være true eller false, ikke '" + enabledText + "'"));
        }
        String selector = section.getOrDefault("selector", DEFAULT_SELECTOR).trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(selector).matches() || selector.length() > 63) {
            throw new IllegalArgumentException(Bilingual.of("dkim.selector: not a DNS name: '" + selector + "'",
                "dkim.selector: ikke et DNS-navn: '" + selector + "'"));
        }
        String alg = section.getOrDefault("algorithm", "rsa-sha256").trim().toLowerCase(Locale.ROOT);
        DkimAlgorithm algorithm = switch (alg) {
            case "rsa-sha256" -> DkimAlgorithm.RSA_SHA256;
            case "ed25519-sha256" -> DkimAlgorithm.ED25519_SHA256;
            // rsa-sha1 is never offered: RFC 8301 §3.1 says signers MUST NOT use it
            default -> throw new IllegalArgumentException(Bilingual.of(
                "dkim.algorithm: rsa-sha256 or ed25519-sha256, got '" + alg + "'",
                "dkim.algorithm: rsa-sha256 eller ed25519-sha256, ikke '" + alg + "'"));
        };
        // below 2048 is weak (RFC 8301 §3.2 only sets 1024 as the floor for verifiers); above 4096 rarely fits a TXT
        int bits = WholeNumbers.parse("dkim.rsaBits", section.getOrDefault("rsaBits", "2048"), 2048, 4096);
        String dir = section.getOrDefault("keyDirectory", DEFAULT_KEY_DIRECTORY).trim();
        if (dir.startsWith("file://")) {
            dir = dir.substring("file://".length());
        }
        if (dir.isEmpty()) {
            throw new IllegalArgumentException(Bilingual.of("dkim.keyDirectory: empty", "dkim.keyDirectory: tom"));
        }
        List<String> domains = new ArrayList<>();
        for (String d : section.getOrDefault("domains", "").split("[,\\s]+")) {
            if (d.isBlank()) {
                continue;
            }
            try {
                // the one rule for configured domains: d= and the key file name are A-labels (RFC 8616 §4)
                domains.add(DomainName.configured(d));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Bilingual.prefixed("dkim.domains: ", e.getMessage()), e);
            }
        }
        return new DkimSigningConfig(Boolean.parseBoolean(enabledText), selector, algorithm, bits, dir, domains);
    }

    /** Whether mail From {@code domain} is signed, given whether it is one of our local domains. */
    public boolean signs(String domain, boolean local) {
        // compared in the form dkim.domains is kept in, so TØNDER.DK and tønder.dk match xn--tnder-vua.dk
        String d = DomainName.ascii(domain).orElse("");
        return enabled && !d.isEmpty() && (domains.isEmpty() ? local && !d.equals("localhost") : domains.contains(d));
    }
}
