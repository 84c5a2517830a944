package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.mail.MessagingException;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.bounce.DeliveryStatusNotification;
import org.spoofguard.core.bounce.DsnParseResult;
import org.spoofguard.core.bounce.DsnParser;

class DeliveryStatusBounceTest {
    private static final AttributeName DELIVERY_ERROR = AttributeName.of("delivery-error");

    private static DeliveryStatusNotification sentDsn(FakeMailContext context) throws Exception {
        assertThat(context.getSentMails()).hasSize(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.getSentMails().get(0).getMsg().writeTo(out);
        DsnParseResult parsed = DsnParser.parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(parsed.dsn()).as(parsed.reason() + "\n" + out.toString(StandardCharsets.UTF_8)).isPresent();
        return parsed.dsn().get();
    }

    @Test
    void remoteRefusalKeepsTheServersCodeAsStatusAndItsReplyAsSmtpDiagnostic() throws Exception {
        FakeMailContext context = BundledConf.context();
        Mail failed = StatusFieldTest.failed().state("bounces")
            .attribute(new Attribute(DELIVERY_ERROR, AttributeValue.of("550 5.1.1 <x@partner.example>: user unknown\n")))
            .attribute(new Attribute(AttributeName.of("delivery-error-code"), AttributeValue.of(550)))
            .build();
        BundledConf.bouncer("bounces", context).service(failed);

        assertThat(sentDsn(context).recipients()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("failed");
            assertThat(r.status()).isEqualTo("5.1.1");
            assertThat(r.diagnosticCode()).isEqualTo("550 5.1.1 <x@partner.example>: user unknown");
        });
        assertThat(sentText(context)).contains("Diagnostic-Code: smtp; 550 5.1.1 <x@partner.example>: user unknown");
        assertThat(failed.getState()).isEqualTo(Mail.GHOST);
    }

    @Test
    void exactCodesOfTheBundledProcessors() throws Exception {
        assertThat(StatusFieldTest.statusOfDsnFor(StatusFieldTest.failed().state("local-delivery-error")
            .errorMessage("5.2.2 mailbox full").build())).containsExactly("5.2.2");
        assertThat(StatusFieldTest.statusOfDsnFor(StatusFieldTest.failed().state("bounces")
            .attribute(new Attribute(DELIVERY_ERROR, AttributeValue.of("Too many retries failure. Bouncing after 38 retries.")))
            .attribute(new Attribute(AttributeName.of("is-delivery-permanent-error"), AttributeValue.of(false)))
            .build())).containsExactly("4.4.7");
        // a released Sieve reject (WithheldReplies' error message)
        assertThat(StatusFieldTest.statusOfDsnFor(StatusFieldTest.failed().state("bounce-release")
            .errorMessage("550 5.7.1 <alice@ours.example> refused this message (Sieve reject): go away").build()))
            .containsExactly("5.7.1");
        assertThat(StatusFieldTest.statusOfDsnFor(StatusFieldTest.failed().state("bounce-release").build()))
            .containsExactly("5.0.0");
    }

    @Test
    void passedThroughMailKeepsJamessDeliveryError() throws Exception {
        FakeMailContext context = BundledConf.context();
        Mail failed = StatusFieldTest.failed().state("local-address-error")
            .attribute(new Attribute(DELIVERY_ERROR, AttributeValue.of("line one\nline two"))).build();
        BundledConf.bouncer("local-address-error", context).service(failed);

        assertThat(context.getSentMails()).hasSize(1);
        assertThat(failed.getState()).as("kept in address-error by the next mailet").isEqualTo("local-address-error");
        assertThat(failed.getAttribute(DELIVERY_ERROR)).map(a -> (Object) a.getValue().value()).contains((Object) "line one\nline two");

        Mail without = StatusFieldTest.failed().state("relay-denied").build();
        BundledConf.bouncer("relay-denied", BundledConf.context()).service(without);
        assertThat(without.getAttribute(DELIVERY_ERROR)).isEmpty();
    }

    @Test
    void nullSenderWithoutProcessorIsHandledAsDsnBounceDoes() throws Exception {
        FakeMailContext context = BundledConf.context();
        DeliveryStatusBounce bounce = new DeliveryStatusBounce(StatusFieldTest.dns());
        bounce.init(FakeMailetConfig.builder().mailetName("b").mailetContext(context).setProperty("passThrough", "false").build());
        Mail mail = StatusFieldTest.failed().sender(org.apache.james.core.MaybeSender.nullSender()).state("x").build();
        bounce.service(mail);
        assertThat(context.getSentMails()).isEmpty();
        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
    }

    @Test
    void aStatusThatIsNoFailureCodeStopsStartUp() {
        DeliveryStatusBounce bounce = new DeliveryStatusBounce(StatusFieldTest.dns());
        assertThatThrownBy(() -> bounce.init(FakeMailetConfig.builder().mailetName("b").mailetContext(BundledConf.context())
            .setProperty("status", "unknown").build()))
            .isInstanceOf(MessagingException.class).hasMessageContaining("status");
    }

    private static String sentText(FakeMailContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.getSentMails().get(0).getMsg().writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
