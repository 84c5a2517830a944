package org.spoofguard.matchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.session.SessionContext;
import org.spoofguard.james.SpoofGuardAttributes;

class HasSessionContextTest {
    private static HasSessionContext matcher() throws Exception {
        HasSessionContext m = new HasSessionContext();
        m.init(FakeMatcherConfig.builder().matcherName("HasSessionContext").build());
        return m;
    }

    private static Mail mail(Object sessionValue) throws Exception {
        FakeMail.Builder b = FakeMail.builder().name("m").sender("a@sender.test").recipient("b@kommune.test");
        if (sessionValue != null) {
            b.attribute(new Attribute(SpoofGuardAttributes.SESSION, AttributeValue.ofAny(sessionValue)));
        }
        return b.build();
    }

    @Test
    void matchesTheVersionedContextWrittenThroughTheCarrier() throws Exception {
        Mail mail = mail(null);
        SpoofGuardAttributes.writeSession(mail, new SessionContext("192.0.2.1", "mx.sender.test", "a@sender.test"));
        assertThat(mail.getAttribute(SpoofGuardAttributes.SESSION).orElseThrow().getValue().value())
            .isEqualTo("client-ip=192.0.2.1; helo=mx.sender.test; envelope-from=a@sender.test; v=1");
        assertThat(matcher().match(mail)).hasSize(1);
    }

    @Test
    void matchesTheUnversionedContextOfMailsSpooledByThePreviousRelease() throws Exception {
        assertThat(matcher().match(mail("client-ip=192.0.2.1; helo=mx.sender.test; envelope-from=a@sender.test")))
            .hasSize(1);
    }

    @Test
    void anUnreadableContextIsNone() throws Exception {
        assertThat(matcher().match(mail(null))).isEmpty();
        assertThat(matcher().match(mail("client-ip=192.0.2.1; helo=x; envelope-from=y; v=2"))).isEmpty();
        assertThat(matcher().match(mail(42))).isEmpty();
        assertThat(matcher().match(mail("client-ip=192.0.2.1; v=1; x=" + "y".repeat(10_000)))).isEmpty();
    }

    /** It has no condition; one given (a key meant for another matcher) was silently ignored. */
    @Test
    void aConditionStopsTheStartNamingIt() {
        assertThatThrownBy(() -> new HasSessionContext().init(FakeMatcherConfig.builder()
            .matcherName("HasSessionContext").condition("authservId=mx.test").build()))
            .isInstanceOf(javax.mail.MessagingException.class)
            .hasMessageContaining("HasSessionContext").hasMessageContaining("no condition")
            .hasMessageContaining("'authservId=mx.test'")
            .hasMessageContaining(" / HasSessionContext: kan ikke have en betingelse, men har 'authservId=mx.test'");
    }
}
