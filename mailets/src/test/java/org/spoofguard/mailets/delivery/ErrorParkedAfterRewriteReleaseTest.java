package org.spoofguard.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.james.UserEntityValidator;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.domainlist.lib.DomainListConfiguration;
import org.apache.james.domainlist.memory.MemoryDomainList;
import org.apache.james.rrt.api.RecipientRewriteTableConfiguration;
import org.apache.james.rrt.lib.MappingSource;
import org.apache.james.rrt.memory.MemoryRecipientRewriteTable;
import org.apache.james.transport.mailets.RecipientRewriteTable;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.Mailet;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoofguard.core.held.ReleaseRoute;
import org.spoofguard.james.HeldMailAttributes;
import org.spoofguard.james.MailRecipientRecords;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A mail that fails inside local-delivery (an exception from one of its mailets: James's default error handling
 * sends it to the error processor, which keeps it in file://var/mail/error/) has the recipients transport's
 * RecipientRewriteTable produced. The console released it into root, so a forward that keeps a local copy
 * (alice@ to alice@ and alice@remote) ran again and alice@remote got the mail twice. Now the bundled
 * local-delivery and local-delivery-retry mark every mail on entry to resume there, and the release follows the
 * mark; a mail kept before the rewrite table (no mark), or re-run by the spooler with recipients it put back,
 * still goes to root.
 */
class ErrorParkedAfterRewriteReleaseTest {
    static final AttributeName SPOOLER_ERROR_COUNT = AttributeName.of("mail-processing-error-count");

    FakeMailContext context;
    RecipientRewriteTable rrt;

    @BeforeEach
    void setUp() throws Exception {
        MemoryDomainList domains = new MemoryDomainList(null);
        domains.configure(DomainListConfiguration.builder().autoDetect(false).autoDetectIp(false)
            .defaultDomain(Domain.of("spoofguard.test")).build());
        MemoryRecipientRewriteTable table = new MemoryRecipientRewriteTable();
        table.setConfiguration(RecipientRewriteTableConfiguration.DEFAULT_ENABLED);
        table.setDomainList(domains);
        table.setUserEntityValidator(UserEntityValidator.NOOP);
        MappingSource alice = MappingSource.fromUser("alice", "spoofguard.test");
        table.addForwardMapping(alice, "alice@spoofguard.test");   // keep a local copy
        table.addForwardMapping(alice, "alice@remote.example");    // and forward

        context = org.mockito.Mockito.spy(FakeMailContext.builder().build());
        org.mockito.Mockito.doAnswer(inv -> "spoofguard.test".equals(((Domain) inv.getArgument(0)).asString()))
            .when(context).isLocalServer(org.mockito.ArgumentMatchers.any(Domain.class));
        rrt = new RecipientRewriteTable(table, domains);
        rrt.init(FakeMailetConfig.builder().mailetName("RecipientRewriteTable").mailetContext(context)
            .setProperty("errorProcessor", "rrt-error").build());
    }

    @Test
    void aMailKeptAfterAnErrorInLocalDeliveryIsReleasedPastTheRewriteTable() throws Exception {
        Mail mail = LocalDeliveryFixture.mail("m1", "alice@spoofguard.test");
        mail.setState("transport");
        rrt.service(mail);
        assertThat(forwardedTo("alice@remote.example")).as("first pass forwards once").isEqualTo(1);

        // local-delivery, as bundled: its first mailet marks the mail; a later one throws, the error processor keeps it
        mail.setState("local-delivery");
        firstMailet("local-delivery").service(mail);
        mail.setState(Mail.ERROR);

        assertThat(releaseAndRewriteIfRoot(mail))
            .as("the forward target already got this mail; releasing alice@'s local copy must not send it again")
            .isEqualTo("local-delivery");
        assertThat(forwardedTo("alice@remote.example")).isEqualTo(1);
    }

    @Test
    void aMailKeptAfterAnErrorInLocalDeliveryRetryResumesThere() throws Exception {
        Mail mail = LocalDeliveryFixture.mail("m2", "alice@spoofguard.test");
        mail.setState("local-delivery");
        firstMailet("local-delivery").service(mail);
        mail.setState("local-delivery-retry");
        mail.setAttribute(new Attribute(SPOOLER_ERROR_COUNT, AttributeValue.of(2)));
        firstMailet("local-delivery-retry").service(mail);
        assertThat(releaseAndRewriteIfRoot(mail)).isEqualTo("local-delivery-retry");
    }

    @Test
    void aMailKeptBeforeTheRewriteTableStillGoesToRoot() throws Exception {
        Mail mail = LocalDeliveryFixture.mail("m3", "alice@spoofguard.test");
        mail.setState(Mail.ERROR); // failed in root or transport: never reached local-delivery
        assertThat(releaseAndRewriteIfRoot(mail)).isEqualTo("root");
        assertThat(forwardedTo("alice@remote.example")).as("the forward runs once, on release").isEqualTo(1);
    }

    @Test
    void aMailTheSpoolerReRunsWithItsOriginalRecipientsLosesTheMark() throws Exception {
        // first run: marked in local-delivery, then an exception the spooler handles: it puts back the recipients
        // the mail had when it was taken from the spool (here before the rewrite table) and re-runs it in
        // local-delivery; those may still need the rewrite table, so the release goes to root
        Mail mail = LocalDeliveryFixture.mail("m4", "alice@spoofguard.test", "carol@spoofguard.test");
        firstMailet("local-delivery").service(mail);
        assertThat(HeldMailAttributes.resume(mail)).isPresent();
        mail.setRecipients(List.of(new MailAddress("alice@spoofguard.test")));
        mail.setAttribute(new Attribute(SPOOLER_ERROR_COUNT, AttributeValue.of(1)));
        firstMailet("local-delivery").service(mail);
        assertThat(HeldMailAttributes.resume(mail)).isEmpty();
        assertThat(ReleaseRoute.decide("root", true, HeldMailAttributes.resume(mail),
            MailRecipientRecords.strings(mail.getRecipients())).processor()).isEqualTo("root");
    }

    @Test
    void aMissingProcessorOrABadFlagStopsTheStart() {
        for (Map<String, String> params : List.of(Map.<String, String>of(), Map.of("processor", "bad name"),
            Map.of("processor", "local-delivery", "spoolerKeepsRewrittenRecipients", "yes"),
            Map.of("processor", "local-delivery", "resume", "x"))) {
            FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("MarkResumePoint").mailetContext(context);
            params.forEach(config::setProperty);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MarkResumePoint().init(config.build()))
                .as("%s", params).isInstanceOf(javax.mail.MessagingException.class);
        }
    }

    /** The console's choice for this mail in the error repository; root runs transport's rewrite table again. */
    private String releaseAndRewriteIfRoot(Mail kept) throws Exception {
        ReleaseRoute.Decision route = ReleaseRoute.decide("root", true, HeldMailAttributes.resume(kept),
            MailRecipientRecords.strings(kept.getRecipients()));
        if (route.processor().equals("root")) {
            kept.setState("transport");
            rrt.service(kept);
        }
        return route.processor();
    }

    private long forwardedTo(String address) {
        return context.getSentMails().stream()
            .filter(s -> s.getRecipients().stream().anyMatch(r -> r.asString().equals(address)))
            .count();
    }

    /** The first mailet of the named processor of conf/mailetcontainer.xml, initialised with its parameters. */
    private Mailet firstMailet(String processor) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(Files.newInputStream(Path.of("..", "conf", "mailetcontainer.xml")));
        NodeList processors = doc.getElementsByTagName("processor");
        for (int i = 0; i < processors.getLength(); i++) {
            Element p = (Element) processors.item(i);
            if (!processor.equals(p.getAttribute("state"))) {
                continue;
            }
            Element m = (Element) p.getElementsByTagName("mailet").item(0);
            assertThat(m.getAttribute("match")).as("first mailet of %s runs on every mail", processor).isEqualTo("All");
            Map<String, String> params = new LinkedHashMap<>();
            for (Node n = m.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    params.put(e.getTagName(), e.getTextContent().trim());
                }
            }
            Mailet mailet = (Mailet) Class.forName(m.getAttribute("class")).getDeclaredConstructor().newInstance();
            FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("first").mailetContext(context);
            params.forEach(config::setProperty);
            mailet.init(config.build());
            return mailet;
        }
        throw new AssertionError("no processor " + processor + " in conf/mailetcontainer.xml");
    }
}
