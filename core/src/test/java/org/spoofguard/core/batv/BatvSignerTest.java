package org.spoofguard.core.batv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BatvSignerTest {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Map<Integer, String> KEYS = Map.of(1, "0123456789abcdef-secret", 2, "another-16-char-secret");

    static BatvSigner signer(Instant now) {
        return new BatvSigner(KEYS, 1, 7, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void signedAddressHasThePrvsFormAndVerifies() {
        String signed = signer(NOW).sign("alice@spoofguard.test");
        assertThat(signed).matches("prvs=1\\d{3}[0-9a-f]{6}=alice@spoofguard\\.test");
        assertThat(signer(NOW).verify(signed)).isEqualTo(new BatvVerdict(true, "alice@spoofguard.test", "valid BATV signature"));
    }

    @Test
    void remoteMtasMayChangeCase() {
        String signed = signer(NOW).sign("Alice@SpoofGuard.test");
        assertThat(signer(NOW).verify(signed.toUpperCase().replace("PRVS", "prvs")).valid()).isTrue();
    }

    @Test
    void bounceToUnsignedAddressIsInvalid() {
        BatvVerdict verdict = signer(NOW).verify("alice@spoofguard.test");
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).isEqualTo("unsigned");
    }

    @Test
    void expiresAfterValidDaysEvenAcrossTheModulo1000Wrap() {
        String signed = signer(NOW).sign("alice@spoofguard.test");
        assertThat(signer(NOW.plus(6, ChronoUnit.DAYS)).verify(signed).valid()).isTrue();
        assertThat(signer(NOW.plus(8, ChronoUnit.DAYS)).verify(signed).reason()).isEqualTo("expired");
        // epoch day 20997 is 997 mod 1000: the expiry day wraps to 004
        Instant beforeWrap = Instant.parse("1970-01-01T00:00:00Z").plus(20_997, ChronoUnit.DAYS);
        String nearWrap = signer(beforeWrap).sign("bob@spoofguard.test");
        assertThat(signer(beforeWrap.plus(5, ChronoUnit.DAYS)).verify(nearWrap).valid()).isTrue();
    }

    @Test
    void ourOwnDsnNeedsOurSignatureButNotAFreshOne() {
        String signed = signer(NOW).sign("alice@spoofguard.test");
        BatvSigner late = signer(NOW.plus(20, ChronoUnit.DAYS));
        assertThat(late.verify(signed).reason()).isEqualTo("expired");
        assertThat(late.verifyOwnDsn(signed).valid()).isTrue();
        assertThat(late.verifyOwnDsn(signed).original()).isEqualTo("alice@spoofguard.test");
        assertThat(late.verifyOwnDsn(signed.replace("alice", "mallory")).reason()).isEqualTo("bad signature");
        assertThat(late.verifyOwnDsn("alice@spoofguard.test").reason()).isEqualTo("unsigned");
    }

    @Test
    void forgedOrTamperedSignaturesFail() {
        String signed = signer(NOW).sign("alice@spoofguard.test");
        String otherUser = signed.replace("alice", "mallory");
        assertThat(signer(NOW).verify(otherUser).reason()).isEqualTo("bad signature");
        String flipped = signed.substring(0, 9) + (signed.charAt(9) == '0' ? '1' : '0') + signed.substring(10);
        assertThat(signer(NOW).verify(flipped).valid()).isFalse();
        assertThat(signer(NOW).verify("prvs=9123abcdef=alice@spoofguard.test").reason()).isEqualTo("unknown key 9");
    }

    @Test
    void rotatedKeysStillVerify() {
        BatvSigner old = new BatvSigner(KEYS, 2, 7, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(signer(NOW).verify(old.sign("alice@spoofguard.test")).valid()).isTrue();
    }

    @Test
    void signingIsIdempotentAndParsingRejectsLookalikes() {
        String signed = signer(NOW).sign("alice@spoofguard.test");
        assertThat(signer(NOW).sign(signed)).isEqualTo(signed);
        assertThat(BatvAddress.parse("prvs=12x4abcdef=alice@example.com")).isEmpty();
        assertThat(BatvAddress.parse("prvs=1234abcdef@example.com")).isEmpty();
        assertThat(BatvAddress.parse("prvs=1234abcdefx=alice@example.com")).isEmpty();
        assertThat(BatvAddress.parse(null)).isEmpty();
    }

    @Test
    void configurationErrorsNameTheKey() {
        assertThatThrownBy(() -> new BatvSigner(Map.of(1, "short"), 1, 7, Clock.systemUTC())).hasMessageStartingWith("keys:");
        assertThatThrownBy(() -> new BatvSigner(KEYS, 3, 7, Clock.systemUTC())).hasMessageStartingWith("signingKey:");
        assertThatThrownBy(() -> new BatvSigner(KEYS, 1, 0, Clock.systemUTC())).hasMessageStartingWith("validDays:");
        // the day runs modulo 1000: 999 would accept any tag for ever
        assertThatThrownBy(() -> new BatvSigner(KEYS, 1, 999, Clock.systemUTC())).hasMessageStartingWith("validDays:");
        assertThatThrownBy(() -> new BatvSigner(KEYS, 1, 101, Clock.systemUTC())).hasMessageStartingWith("validDays:");
    }

    @Test
    void refusalsAreEnglishThenDanish() {
        assertThatThrownBy(() -> new BatvSigner(Map.of(1, "short"), 1, 7, Clock.systemUTC()))
            .hasMessage("keys: key 1 must have at least 16 characters / keys: nøgle 1 skal have mindst 16 tegn");
        assertThatThrownBy(() -> new BatvSigner(Map.of(1, "0123456789abcdef"), 2, 7, Clock.systemUTC()))
            .hasMessage("signingKey: no key number 2 / signingKey: ingen nøgle nummer 2");
    }
}
