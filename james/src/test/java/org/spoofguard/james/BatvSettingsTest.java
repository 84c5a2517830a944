package org.spoofguard.james;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.net.DomainName;

/**
 * Review (area config): batv.domains is read like every other domain list of spoofguard.properties; an entry that
 * would silently protect nothing is refused, naming the key.
 */
class BatvSettingsTest {
    private static final String KEYS = "1:0123456789abcdef0123";

    /**
     * batv.domains splits on commas only, while every other domain list in the same file (invoice.domains.*,
     * dkim.domains) is "comma or space separated". "aarhus.dk kk.dk" becomes one entry that no recipient domain
     * ever equals: BATV protects nothing and forged bounces to aarhus.dk are accepted again, with no error.
     */
    @Test
    void batvDomainsSeparatedBySpacesAreEachProtectedOrRefused() {
        BatvSettings settings;
        try {
            settings = new BatvSettings(Map.of("keys", KEYS, "domains", "aarhus.dk kk.dk"), Clock.systemUTC());
        } catch (IllegalArgumentException refusedNamingTheKey) {
            assertThat(refusedNamingTheKey).hasMessageContaining("batv.domains");
            return;
        }
        assertThat(settings.domains()).contains("aarhus.dk", "kk.dk");
    }

    /**
     * batv.domains is not validated nor normalised by the one domain normaliser (DomainName): a U-label
     * ("århus.dk", as the admin writes it in this UTF-8 file) or a trailing root dot never equals the A-label,
     * dot-less recipient domain the hook compares with, so the domain is silently unprotected.
     */
    @Test
    void batvDomainsAreNormalisedLikeEveryOtherDomain() {
        BatvSettings settings;
        try {
            settings = new BatvSettings(Map.of("keys", KEYS, "domains", "århus.dk, kk.dk."), Clock.systemUTC());
        } catch (IllegalArgumentException refusedNamingTheKey) {
            assertThat(refusedNamingTheKey).hasMessageContaining("batv.domains");
            return;
        }
        assertThat(settings.domains()).contains(DomainName.ascii("århus.dk").orElseThrow(), "kk.dk");
    }

    @Test
    void aBatvDomainThatIsNoDomainIsRefused() {
        assertThatThrownBy(() -> new BatvSettings(Map.of("keys", KEYS, "domains", "@aarhus.dk"), Clock.systemUTC()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("batv.domains");
    }

    /** The hook and the signing mailet compare through listed(): any spelling of a listed domain is protected. */
    @Test
    void theComparisonSideNormalisesTheRecipientDomainTheSameWay() {
        BatvSettings settings = new BatvSettings(Map.of("keys", KEYS, "domains", "århus.dk kk.dk"), Clock.systemUTC());
        assertThat(settings.listed(DomainName.ascii("århus.dk").orElseThrow().toUpperCase(java.util.Locale.ROOT)))
            .isTrue();
        assertThat(settings.listed("ÅRHUS.dk")).isTrue();
        assertThat(settings.listed("KK.DK.")).isTrue();
        assertThat(settings.listed("aarhus.dk")).isFalse();
        assertThat(settings.listed("kk.dk\n")).isTrue(); // trimmed like every other domain: still kk.dk
        assertThat(settings.listed("[127.0.0.1]")).isFalse();
    }

    /**
     * A bad number used to be reported as "batv.signingKey/batv.validDays: not a number" (which one?), and without
     * batv.keys it was not looked at at all: the file kept "validDays=7d" until the day keys were added, and that
     * start then failed. Each is refused on its own, naming it and the allowed form, keys or not.
     */
    @Test
    void aBadNumberIsRefusedNamingItsOwnKeyWithOrWithoutKeys() {
        for (Map<String, String> withKeys : java.util.List.of(Map.of("keys", KEYS), Map.<String, String>of())) {
            Map<String, String> days = new java.util.HashMap<>(withKeys);
            days.put("validDays", "7d");
            assertThatThrownBy(() -> new BatvSettings(days, Clock.systemUTC())).as("validDays " + withKeys)
                .hasMessageContaining("batv.validDays").hasMessageNotContaining("signingKey")
                .hasMessageContaining("'7d'").hasMessageContaining("1..100");
            Map<String, String> key = new java.util.HashMap<>(withKeys);
            key.put("signingKey", "one");
            assertThatThrownBy(() -> new BatvSettings(key, Clock.systemUTC())).as("signingKey " + withKeys)
                .hasMessageContaining("batv.signingKey").hasMessageNotContaining("validDays")
                .hasMessageContaining("'one'").hasMessageContaining("0-9");
        }
        Map<String, String> outOfRange = Map.of("validDays", "365");
        assertThatThrownBy(() -> new BatvSettings(outOfRange, Clock.systemUTC()))
            .hasMessageContaining("batv.validDays").hasMessageContaining("1..100");
        assertThat(new BatvSettings(Map.of("keys", KEYS, "validDays", " 14 ", "signingKey", "1"), Clock.systemUTC())
            .signer()).isPresent();
    }

    /** The one whole-number rule (WholeNumbers): Integer.parseInt took "+4" and other scripts' digits. */
    @Test
    void numbersAreAsciiDigitsOnly() {
        for (String odd : new String[] {"+4", "\u0664", "\uff14"}) {
            assertThatThrownBy(() -> new BatvSettings(Map.of("validDays", odd), Clock.systemUTC())).as(odd)
                .hasMessageContaining("batv.validDays").hasMessageContaining("'" + odd + "'");
            assertThatThrownBy(() -> new BatvSettings(Map.of("signingKey", odd), Clock.systemUTC())).as(odd)
                .hasMessageContaining("batv.signingKey").hasMessageContaining("'" + odd + "'");
        }
    }

    /**
     * A key number given twice ("1:new-secret,1:old-secret", a rotation that forgot to renumber) kept only the last
     * secret, silently: every tag signed with the other stopped verifying, and our users' real bounces were refused
     * as forged. Refused at start, naming the key and the number.
     */
    @Test
    void aKeyNumberGivenTwiceIsRefused() {
        assertThatThrownBy(() -> new BatvSettings(Map.of("keys", "1:0123456789abcdef0123, 1:fedcba9876543210fedc"),
            Clock.systemUTC()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("batv.keys").hasMessageContaining("1");
    }

    /** "٤:secret" (an Arabic-Indic digit) is no key number 0-9. */
    @Test
    void aKeyNumberInAnotherScriptIsRefusedAsTheForm() {
        assertThatThrownBy(() -> new BatvSettings(Map.of("keys", "\u0664:0123456789abcdef0123"), Clock.systemUTC()))
            .hasMessageContaining("batv.keys: entries are N:secret with N 0-9");
    }
}
