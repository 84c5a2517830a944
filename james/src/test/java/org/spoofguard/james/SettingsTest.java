package org.spoofguard.james;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.core.net.DomainName;

/**
 * Review (area config): start-up validation of conf/spoofguard.properties must name a bad key; nothing an admin
 * writes may be silently ignored or silently mean something else.
 */
class SettingsTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("spoofguard.properties");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /**
     * A typo in a section name ("invoices." for "invoice.", "bounces." for "bounce.") contains a dot, so the
     * top-level check lets it through, and no section reader ever sees it: the admin's stricter quarantine
     * threshold or "bounce.unproven=suppress" is silently not applied. The file must be refused, naming the key.
     */
    @Test
    void aTypoInTheSectionNameIsRefusedNamingTheKey() throws Exception {
        Path f = file("invoices.threshold.quarantine=50\n");
        assertThatThrownBy(() -> SpoofGuardSettings.read(f))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("invoices.threshold.quarantine: unknown section 'invoices' (known: ")
            .hasMessageContaining(" / spoofguard.properties: invoices.threshold.quarantine: ukendt afsnit 'invoices' (kendte: ");
    }

    @Test
    void aCaseTypoInTheSectionNameIsRefusedNamingTheKey() throws Exception {
        Path f = file("Bounce.unproven=send\n");
        assertThatThrownBy(() -> SpoofGuardSettings.read(f))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Bounce.unproven: unknown section 'Bounce'")
            .hasMessageContaining(" / spoofguard.properties: Bounce.unproven: ukendt afsnit 'Bounce'");
    }

    /**
     * A misspelt key inside a known section was reported only by the section's reader, and the reader is built only
     * where its feature is loaded: with the extension jar and a mailetcontainer.xml without the invoice check,
     * "invoice.threshold.quarantne" or "console.adminz" started without a word and the setting silently did nothing
     * once the feature was added (or, for a subset install, the admin believed it in force). Every section's keys are
     * known without loading any feature, so the file itself is refused, naming the key, in every install.
     */
    @Test
    void aMisspeltKeyOfEverySectionIsRefusedByTheFileItself() throws Exception {
        for (String key : new String[] {"auth.dmarcDiscoveryy", "batv.signingkey", "bounce.unprovn", "bounce.authservId",
            "console.adminz", "dkim.selecter", "dns.timout", "invoice.threshold.quarantne", "invoice.weight.no-such-signal"}) {
            Path f = file(key + "=1\n");
            assertThatThrownBy(() -> SpoofGuardSettings.read(f)).as(key)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spoofguard.properties: " + key + ":").hasMessageContaining("unknown")
                .hasMessageContaining(" / spoofguard.properties: " + key + ": ukendt");
        }
    }

    /** The known keys of every section still pass (values are the readers' business). */
    @Test
    void theKnownKeysOfEverySectionPass() throws Exception {
        Path f = file("auth.dmarcDiscovery=tree-walk\nbatv.signingKey=1\nbounce.unproven=send\nconsole.admins=a@b.test\n"
            + "console.repository.error=file://var/mail/error/\ndkim.selector=s\ndns.timeout=3s\n"
            + "invoice.threshold.quarantine=50\ninvoice.weight." + org.spoofguard.core.invoice.SignalNames.BANK_ACCOUNT_NEW + "=10\n");
        assertThat(SpoofGuardSettings.read(f)).hasSize(9);
    }

    /**
     * The same key twice: java.util.Properties keeps the last one silently. An admin who uncomments the example
     * line "#invoice.threshold.quarantine=70" further down the file, having set 50 above, gets 70 without a word.
     */
    @Test
    void aDuplicateKeyIsRefusedNamingTheKey() throws Exception {
        Path f = file("invoice.threshold.quarantine=50\ndns.timeout=3s\ninvoice.threshold.quarantine=70\n");
        assertThatThrownBy(() -> SpoofGuardSettings.read(f))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("invoice.threshold.quarantine: given 2 times")
            .hasMessageContaining("; keep one (the last one would win silently) / ")
            .hasMessageContaining("invoice.threshold.quarantine: angivet 2 gange")
            .hasMessageContaining("; behold én (den sidste ville ellers gælde uden varsel)");
    }

    /**
     * The file as shipped, and with every example line in it uncommented (each key once), passes the section and
     * duplicate checks: no key the documentation offers is refused as unknown.
     */
    @Test
    void theShippedFileAndEveryExampleInItAreAccepted() throws Exception {
        Path shipped = Path.of("../conf/spoofguard.properties");
        assertThat(SpoofGuardSettings.read(shipped)).containsKey("dns.timeout");
        StringBuilder all = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : Files.readAllLines(shipped, StandardCharsets.UTF_8)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^#?([A-Za-z][A-Za-z0-9._-]*)=(.*)$").matcher(line);
            if (m.matches() && seen.add(m.group(1))) {
                all.append(m.group(1)).append('=').append(m.group(2)).append('\n');
            }
        }
        assertThat(seen).as("examples found").hasSizeGreaterThan(20);
        assertThat(SpoofGuardSettings.read(file(all.toString()))).containsKeys(seen.toArray(String[]::new));
    }
}
