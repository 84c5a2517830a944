package org.spoofguard.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.session.SessionContext;

class SessionContextTest {
    @Test
    void headerRoundTrip() {
        SessionContext context = new SessionContext("192.0.2.7", "mx.example.com", "alice@example.com");
        assertThat(SessionContext.parseHeaderValue(context.toHeaderValue())).contains(context);
    }

    @Test
    void nullSenderRoundTrip() {
        SessionContext context = new SessionContext("2001:db8::1", "mx.example.com", "");
        assertThat(SessionContext.parseHeaderValue(context.toHeaderValue())).contains(context);
    }

    @Test
    void hostileHeloCannotInjectFields() {
        SessionContext context = new SessionContext("192.0.2.7", "x; client-ip=10.0.0.1", "a@b.example");
        SessionContext parsed = SessionContext.parseHeaderValue(context.toHeaderValue()).orElseThrow();
        assertThat(parsed.clientIp()).isEqualTo("192.0.2.7");
    }

    @Test
    void garbageIsEmpty() {
        assertThat(SessionContext.parseHeaderValue("nothing here")).isEmpty();
        assertThat(SessionContext.parseHeaderValue(null)).isEmpty();
    }

    @Test
    void serialisedFormIsVersionedAndStillStartsWithTheClientIp() {
        SessionContext context = new SessionContext("192.0.2.7", "mx.example.com", "alice@example.com");
        assertThat(context.toHeaderValue())
            .isEqualTo("client-ip=192.0.2.7; helo=mx.example.com; envelope-from=alice@example.com; v=1");
    }

    @Test
    void thePreviousReleasesUnversionedFormIsStillRead() {
        // exactly what the previous release wrote into the attribute and X-SpoofGuard-Session of spooled mails
        assertThat(SessionContext.parseHeaderValue("client-ip=192.0.2.10; helo=mx.sender.test; envelope-from=ceo@sender.test"))
            .contains(new SessionContext("192.0.2.10", "mx.sender.test", "ceo@sender.test"));
        assertThat(SessionContext.parseHeaderValue("client-ip=2001:db8::1; helo=; envelope-from="))
            .contains(new SessionContext("2001:db8::1", "", ""));
    }

    @Test
    void otherVersionsRepeatedKeysAndOversizedValuesAreNotRead() {
        assertThat(SessionContext.parseHeaderValue("client-ip=192.0.2.7; helo=a; envelope-from=b; v=2")).isEmpty();
        assertThat(SessionContext.parseHeaderValue("client-ip=192.0.2.7; helo=a; envelope-from=b; v=1; v=1")).isEmpty();
        assertThat(SessionContext.parseHeaderValue("client-ip=192.0.2.7; client-ip=10.0.0.1; helo=a; envelope-from=b"))
            .isEmpty();
        assertThat(SessionContext.parseHeaderValue("client-ip=192.0.2.7; helo=a; envelope-from=b; x="
            + "y".repeat(SessionContext.MAX_ENCODED))).isEmpty();
    }

    @Test
    void hostileValuesAreBoundedAndStillRoundTrip() {
        SessionContext hostile = new SessionContext("192.0.2.7", "h".repeat(100_000), "a@" + "b".repeat(100_000));
        String encoded = hostile.toHeaderValue();
        assertThat(encoded.length()).isLessThan(SessionContext.MAX_ENCODED);
        SessionContext back = SessionContext.parseHeaderValue(encoded).orElseThrow();
        assertThat(back.clientIp()).isEqualTo("192.0.2.7");
        assertThat(SessionContext.parseHeaderValue(back.toHeaderValue())).contains(back);
    }
}
