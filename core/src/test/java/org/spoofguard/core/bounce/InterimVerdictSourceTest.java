package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.dkim.DkimResultCode;
import org.spoofguard.core.spf.SpfResultCode;
import org.spoofguard.core.verdict.SenderVerdict;

class InterimVerdictSourceTest {
    final InterimVerdictSource source = new InterimVerdictSource();

    @Test
    void readsSpfDkimAndClientIp() {
        SenderVerdict v = source.fromAttribute("mx.ours.example; spf=pass (sender is authorized) "
            + "smtp.mailfrom=alice@example.com; dkim=pass header.d=example.com header.s=s1; "
            + "iprev=pass policy.iprev=192.0.2.1").orElseThrow();
        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.PASS);
        assertThat(v.spfMailFrom().domain()).isEqualTo("example.com");
        assertThat(v.mailFrom()).isEqualTo("alice@example.com");
        assertThat(v.dkim()).singleElement().satisfies(d -> {
            assertThat(d.result()).isEqualTo(DkimResultCode.PASS);
            assertThat(d.domain()).isEqualTo("example.com");
        });
        assertThat(v.clientIp()).isEqualTo("192.0.2.1");
    }

    @Test
    void headersOnlyTrustOurAuthservId() {
        List<String> headers = List.of(
            "mx.ours.example.evil; spf=pass smtp.mailfrom=a@victim.example",
            "other.example; spf=pass smtp.mailfrom=a@victim.example",
            "MX.OURS.EXAMPLE; spf=fail smtp.mailfrom=a@victim.example");
        SenderVerdict v = source.fromHeaders(headers, "mx.ours.example").orElseThrow();
        assertThat(v.spfMailFrom().result()).isEqualTo(SpfResultCode.FAIL);
        assertThat(source.fromHeaders(headers.subList(0, 2), "mx.ours.example")).isEmpty();
        assertThat(source.fromHeaders(headers, "")).isEmpty();
    }

    @Test
    void garbageIsEmptyNotAnException() {
        assertThat(source.fromAttribute(42)).isEmpty();
        assertThat(source.fromAttribute("")).isEmpty();
        assertThat(source.fromAttribute(";;;")).isEmpty();
        assertThat(source.fromAttribute("x; spf=bogus smtp.mailfrom=a@b.example").orElseThrow().spfMailFrom().result())
            .isEqualTo(SpfResultCode.NONE);
    }
}
