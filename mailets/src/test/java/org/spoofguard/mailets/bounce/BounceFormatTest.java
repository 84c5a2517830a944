package org.spoofguard.mailets.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import javax.mail.internet.ContentType;

import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMailContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review (area dsn), fixed by {@link DeliveryStatusBounce} in those processors: processors {@code local-address-error},
 * {@code relay-denied} and {@code rrt-error} of the bundled conf answered a proven sender with James's {@code Bounce}
 * mailet, which writes a plain notice (text, the original attached or not), not a delivery status notification: no
 * {@code multipart/report; report-type=delivery-status}, no {@code message/delivery-status} part with
 * Final-Recipient/Action/Status (RFC 3464 §2, RFC 3462). A sender's MTA or list manager cannot tell which recipient
 * failed or why. The test now runs each processor's DSN mailet as conf/mailetcontainer.xml configures it.
 */
class BounceFormatTest {
    @ParameterizedTest
    @CsvSource(value = {
        "local-address-error|550 - Requested action not taken: no such user here|5.1.1",
        "relay-denied||5.7.1",
        "rrt-error||5.3.0"}, delimiter = '|')
    void addressErrorNoticeIsAnRfc3464Report(String processor, String errorMessage, String status) throws Exception {
        FakeMailContext context = BundledConf.context();
        DeliveryStatusBounce bounce = BundledConf.bouncer(processor, context);
        Mail failed = failed(processor, errorMessage);
        bounce.service(failed);

        assertThat(context.getSentMails()).hasSize(1);
        ContentType type = new ContentType(context.getSentMails().get(0).getMsg().getContentType());
        assertThat(type.getBaseType()).as("RFC 3464 §2: a DSN is multipart/report").isEqualToIgnoringCase("multipart/report");
        assertThat(type.getParameter("report-type")).isEqualToIgnoringCase("delivery-status");
        assertThat(StatusFieldTest.statusOfDsnFor(failed(processor, errorMessage))).containsExactly(status);
    }

    private static Mail failed(String processor, String errorMessage) throws Exception {
        var builder = StatusFieldTest.failed().state(processor);
        return (errorMessage == null ? builder : builder.errorMessage(errorMessage)).build();
    }
}
