package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.james.core.MailAddress;
import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.server.core.MailImpl;
import org.apache.james.transport.mailets.remote.delivery.Bouncer;
import org.apache.james.transport.mailets.remote.delivery.DeliveryRetriesHelper;
import org.apache.james.transport.mailets.remote.delivery.ExecutionResult;
import org.apache.james.transport.mailets.remote.delivery.MailDelivrer;
import org.apache.james.transport.mailets.remote.delivery.MailDelivrerToHost;
import org.apache.james.transport.mailets.remote.delivery.RemoteDeliveryConfiguration;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Review (pipeline): a DNS timeout on OUR side while RemoteDelivery resolves the partner's MX host turns a user's
 * outgoing mail into an immediate permanent failure (a DSN "No mail server found", the mail never retried), because
 * conf/mailetcontainer.xml sets {@code maxDnsProblemRetries=0}.
 *
 * <p>James 3.8.1's DNSJavaService resolves MX host names with {@code getByName}/{@code getAllByName}, which go through
 * {@code lookupNoException}: a TRY_AGAIN (timeout, SERVFAIL) becomes {@code null} and then an UnknownHostException,
 * exactly like a name that does not exist. The MX iterator skips such hosts, so MailDelivrer sees "no target server"
 * and {@code handleNoTargetServer} fails the mail permanently as soon as the retry count reaches
 * {@code maxDnsProblemRetries}: with 0, on the very first attempt. Rule: "DNS timeout ... give a 4xx or delivery as
 * usual". The fake DNS below does what DNSJavaService does while its resolver times out on the A query.
 */
class DnsTroubleBounceTest {

    /** The RemoteDelivery element of conf/mailetcontainer.xml as James would hand it to the mailet. */
    static FakeMailetConfig remoteDeliveryAsConfigured() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(Files.newInputStream(Path.of("..", "conf", "mailetcontainer.xml")));
        NodeList mailets = doc.getElementsByTagName("mailet");
        for (int i = 0; i < mailets.getLength(); i++) {
            Element m = (Element) mailets.item(i);
            if (!"RemoteDelivery".equals(m.getAttribute("class"))) {
                continue;
            }
            FakeMailetConfig.Builder b = FakeMailetConfig.builder().mailetName("RemoteDelivery")
                .mailetContext(FakeMailContext.defaultContext());
            NodeList children = m.getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                Node c = children.item(j);
                if (c instanceof Element e) {
                    b.setProperty(e.getTagName(), e.getTextContent().trim());
                }
            }
            return b.build();
        }
        throw new AssertionError("no RemoteDelivery in conf/mailetcontainer.xml");
    }

    @Test
    void aDnsTimeoutForThePartnersMxHostIsRetriedNotBounced() throws Exception {
        RemoteDeliveryConfiguration configuration = new RemoteDeliveryConfiguration(remoteDeliveryAsConfigured(),
            mock(DomainList.class));
        DNSService timingOut = new DNSService() {
            @Override
            public Collection<String> findMXRecords(String hostname) {
                return List.of("mx1.partner.example"); // the MX query answered
            }

            @Override
            public Collection<String> findTXTRecords(String hostname) {
                return List.of();
            }

            @Override
            public Collection<InetAddress> getAllByName(String host) throws UnknownHostException {
                // DNSJavaService.getAllByName when the A query times out (lookupNoException -> null)
                throw new UnknownHostException(host);
            }

            @Override
            public InetAddress getByName(String host) throws UnknownHostException {
                throw new UnknownHostException(host);
            }

            @Override
            public String getHostName(InetAddress addr) {
                return addr.getHostAddress();
            }

            @Override
            public InetAddress getLocalHost() throws UnknownHostException {
                return InetAddress.getLoopbackAddress();
            }
        };
        MailDelivrer delivrer = new MailDelivrer(configuration, mock(MailDelivrerToHost.class), timingOut,
            mock(Bouncer.class), FakeMailContext.defaultContext());
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
            "From: alice@kommune.example\r\nTo: bob@partner.example\r\nSubject: tilbud\r\n\r\nhej\r\n"
                .getBytes(StandardCharsets.US_ASCII)));
        MailImpl mail = MailImpl.builder().name("out-1").sender(new MailAddress("alice@kommune.example"))
            .addRecipient(new MailAddress("bob@partner.example")).mimeMessage(message).build();
        DeliveryRetriesHelper.initRetries(mail);

        ExecutionResult first = delivrer.deliver(mail);

        assertThat(first.isPermanent())
            .as("first attempt while our resolver times out on the MX host's A record: " + first.getExecutionState()
                + " " + first.getException().map(Throwable::getMessage).orElse("")
                + " (maxDnsProblemRetries=" + configuration.getDnsProblemRetry() + ")")
            .isFalse();
    }
}
