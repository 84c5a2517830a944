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
}
