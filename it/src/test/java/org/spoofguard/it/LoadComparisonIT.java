package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.TestDatabase;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.testing.smtp.SmtpTestClient;

/**
 * Load driver: the same SMTP load against the bundled persistent server (embedded Derby, ActiveMQ queues) with
 * SpoofGuard's conf/, and against the same server and conf with every SpoofGuard hook, matcher and mailet
 * removed, in the same run, on the same machine. Reports accepted and delivered messages per second and their
 * ratio; asserts only that every message was accepted and delivered (figures are reported, never asserted:
 * performance is measured, not timed in tests).
 *
 * <p>Off by default; run with
 * {@code mvn -B verify -pl it -am -Dtest=LoadComparisonIT -Dspoofguard.load=true -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dspoofguard.load.messages=N}, {@code -Dspoofguard.load.sessions=C}, {@code -Dspoofguard.load.rounds=R}).
 * {@code -Dspoofguard.load.noInvoice=true} adds a third server, SpoofGuard without its invoice check
 * ({@link #withoutInvoiceCheck}), to see that check's share (bench/README.md); each round then starts one server
 * later, so that no server always runs last, on the warmest JIT.
 * The report is written to {@code it/target/load-comparison.md}.
 */
class LoadComparisonIT {
    static final String DOMAIN = "spoofguard.test";
    static final int MAILBOXES = Integer.getInteger("spoofguard.load.mailboxes", 50);
    static final int MESSAGES = Integer.getInteger("spoofguard.load.messages", 1000);
    static final int SESSIONS = Integer.getInteger("spoofguard.load.sessions", 10);
    static final int ROUNDS = Integer.getInteger("spoofguard.load.rounds", 2);
    static final String WITHOUT = "same server, SpoofGuard removed";
    static final String WITH = "SpoofGuard";
    static final String WITH_NO_INVOICE = "SpoofGuard without the invoice check";

    record Figures(String name, double acceptedPerSecond, double deliveredPerSecond) {
    }

    @Test
    void spoofGuardAgainstTheSameServerWithoutIt() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("spoofguard.load"), "load comparison runs only with -Dspoofguard.load=true");
        try (LoopbackDnsServer dns = LoopbackDnsServer.withZones("""
            $ORIGIN load.example.
            $TTL 3600
            @      IN SOA ns.load.example. hostmaster.load.example. 1 3600 600 86400 60
            @      IN NS  ns.load.example.
            ns     IN A   127.0.0.1
            @      IN TXT "v=spf1 ip4:127.0.0.0/8 -all"
            _dmarc IN TXT "v=DMARC1; p=reject"
            """)) {
            // Interleave runs so that machine noise hits both alike; report the better run of each.
            List<Figures> figures = new ArrayList<>();
            List<String> servers = Boolean.getBoolean("spoofguard.load.noInvoice")
                ? List.of(WITHOUT, WITH, WITH_NO_INVOICE) : List.of(WITHOUT, WITH);
            for (int round = 0; round < ROUNDS; round++) {
                // with the third server, each round starts one later, so that no server is always the warmest (last)
                for (int i = 0; i < servers.size(); i++) {
                    String server = servers.get(servers.size() == 2 ? i : (i + round) % servers.size());
                    figures.add(run(server, dns, UnaryOperator.identity()));
                }
            }
            Figures without = best(figures, WITHOUT);
            Figures with = best(figures, WITH);
            StringBuilder runs = new StringBuilder();
            figures.forEach(f -> runs.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f |%n", f.name(),
                f.acceptedPerSecond(), f.deliveredPerSecond())));
            String report = String.format(Locale.ROOT, """
                | server (persistent, %s) | accepted over SMTP (msg/s) | delivered to mailboxes (msg/s) |
                |---|---|---|
                | %s | %.0f | %.0f |
                | %s | %.0f | %.0f |
                | ratio SpoofGuard / without | %.2f | %.2f |

                %d messages of 4 KB to %d mailboxes, %d concurrent SMTP sessions from distinct 127.0.0.x clients;
                SPF pass and DMARC p=reject published for the sender domain (loopback DNS); best of %d runs each.

                Every run:

                | server | accepted | delivered |
                |---|---|---|
                %s""", TestDatabase.postgresRun() ? "PostgreSQL" : "embedded Derby", WITHOUT, without.acceptedPerSecond(), without.deliveredPerSecond(),
                WITH, with.acceptedPerSecond(), with.deliveredPerSecond(),
                with.acceptedPerSecond() / without.acceptedPerSecond(), with.deliveredPerSecond() / without.deliveredPerSecond(),
                MESSAGES, MAILBOXES, SESSIONS, ROUNDS, runs);
            System.out.println(report);
            Files.writeString(Path.of(TestDatabase.postgresRun() ? "target/load-comparison-postgresql.md"
                : "target/load-comparison.md"), report);
        }
    }

    /**
     * Our conf/ with every hook, matcher (also composite ones) and mailet that names a SpoofGuard class removed;
     * James's own ValidRcptHandler takes the place of our recipient validation, James's LocalDelivery that of our
     * RetryingLocalDelivery (removed without replacement, every mail would reach the end of local-delivery and be
     * deleted: the baseline would deliver nothing), and James's CoreCmdHandlerLoader that of ours, as in a stock
     * James. Comments go too, so that no "org.spoofguard" is left anywhere in the baseline's files.
     */
    static String withoutSpoofGuard(String xml) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            org.w3c.dom.Document document = factory.newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
            for (org.w3c.dom.Element mailet : elements(document, "mailet")) {
                if (mailet.getAttribute("class").equals(RETRYING_LOCAL_DELIVERY)) {
                    org.w3c.dom.Element stock = document.createElement("mailet");
                    stock.setAttribute("match", "All");
                    stock.setAttribute("class", "LocalDelivery");
                    mailet.getParentNode().replaceChild(stock, mailet);
                }
            }
            for (org.w3c.dom.Element chain : elements(document, "handlerchain")) {
                if (chain.getAttribute("coreHandlersPackage").contains("org.spoofguard")) {
                    chain.setAttribute("coreHandlersPackage", "org.apache.james.smtpserver.CoreCmdHandlerLoader");
                }
            }
            removeComments(document);
            for (org.w3c.dom.Element matcher : elements(document, "matcher")) {
                String name = matcher.getAttribute("name");
                if (!name.isEmpty() && namesSpoofGuard(matcher)) {
                    matchedByRemovedMatcher(document, name);
                }
            }
            for (String tag : List.of("handler", "mailet", "matcher")) {
                org.w3c.dom.NodeList nodes = document.getElementsByTagName(tag);
                List<org.w3c.dom.Element> doomed = new ArrayList<>();
                for (int i = 0; i < nodes.getLength(); i++) {
                    org.w3c.dom.Element element = (org.w3c.dom.Element) nodes.item(i);
                    if (namesSpoofGuard(element)) {
                        doomed.add(element);
                    }
                }
                doomed.forEach(e -> {
                    if (e.getParentNode() != null) {
                        e.getParentNode().removeChild(e);
                    }
                });
            }
            org.w3c.dom.NodeList chains = document.getElementsByTagName("handlerchain");
            if (chains.getLength() > 0) {
                org.w3c.dom.Element rcpt = document.createElement("handler");
                rcpt.setAttribute("class", "org.apache.james.smtpserver.fastfail.ValidRcptHandler");
                chains.item(0).insertBefore(rcpt, chains.item(0).getFirstChild());
            }
            java.io.StringWriter out = new java.io.StringWriter();
            javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot strip SpoofGuard from the configuration", e);
        }
    }

    /**
     * What a stock James matches where our conf matches by the name of a matcher of ours, for the James mailets kept
     * behind it. user-actions-pending (UserActionsPending) only leaves out recipients whose out-of-office, Sieve and
     * Delivered-To already ran for a re-run mail; stock James runs AddDeliveredToHeader on All.
     */
    static final java.util.Map<String, String> STOCK_MATCH = java.util.Map.of("user-actions-pending", "All");

    private static void matchedByRemovedMatcher(org.w3c.dom.Document document, String name) {
        for (org.w3c.dom.Element mailet : elements(document, "mailet")) {
            if (mailet.getAttribute("match").equals(name) && !namesSpoofGuard(mailet)) {
                String stock = STOCK_MATCH.get(name);
                if (stock == null) {
                    // a guess here (All, or dropping the mailet) could quarantine or lose every mail of the baseline
                    throw new IllegalStateException("the baseline keeps " + mailet.getAttribute("class")
                        + " matched by " + name + ", a matcher of ours: say in STOCK_MATCH what stock James matches");
                }
                mailet.setAttribute("match", stock);
            }
        }
    }

    /** Experiment: the invoice check's two matchers and its Quarantine/TagInvoice mailets removed, all else kept. */
    static String withoutInvoiceCheck(String xml) {
        try {
            org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
            removeComments(document);
            for (org.w3c.dom.Element e : elements(document, "matcher")) {
                if (e.getAttribute("name").startsWith("invoice-") && e.getParentNode() != null) {
                    e.getParentNode().removeChild(e);
                }
            }
            for (org.w3c.dom.Element e : elements(document, "mailet")) {
                if (e.getAttribute("match").startsWith("invoice-") && e.getParentNode() != null) {
                    e.getParentNode().removeChild(e);
                }
            }
            java.io.StringWriter out = new java.io.StringWriter();
            javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot remove the invoice check", e);
        }
    }

    static final String RETRYING_LOCAL_DELIVERY = "org.spoofguard.mailets.delivery.RetryingLocalDelivery";

    private static List<org.w3c.dom.Element> elements(org.w3c.dom.Document document, String tag) {
        org.w3c.dom.NodeList nodes = document.getElementsByTagName(tag);
        List<org.w3c.dom.Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((org.w3c.dom.Element) nodes.item(i));
        }
        return list;
    }

    private static void removeComments(org.w3c.dom.Node node) {
        org.w3c.dom.Node child = node.getFirstChild();
        while (child != null) {
            org.w3c.dom.Node next = child.getNextSibling();
            if (child.getNodeType() == org.w3c.dom.Node.COMMENT_NODE) {
                node.removeChild(child);
            } else {
                removeComments(child);
            }
            child = next;
        }
    }

    private static boolean namesSpoofGuard(org.w3c.dom.Element element) {
        org.w3c.dom.NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.item(i).getNodeValue().contains("org.spoofguard")) {
                return true;
            }
        }
        org.w3c.dom.NodeList children = element.getElementsByTagName("*");
        for (int i = 0; i < children.getLength(); i++) {
            if (namesSpoofGuard((org.w3c.dom.Element) children.item(i))) {
                return true;
            }
        }
        return false;
    }

    private static Figures best(List<Figures> all, String name) {
        return all.stream().filter(f -> f.name().equals(name))
            .reduce((a, b) -> new Figures(name, Math.max(a.acceptedPerSecond(), b.acceptedPerSecond()),
                Math.max(a.deliveredPerSecond(), b.deliveredPerSecond())))
            .orElseThrow();
    }

    private static Figures run(String name, LoopbackDnsServer dns, UnaryOperator<String> strip) throws Exception {
        JamesHarness james = new JamesHarness().dns(dns);
        if (name.equals(WITHOUT)) {
            james.patch("smtpserver.xml", LoadComparisonIT::withoutSpoofGuard)
                .patch("mailetcontainer.xml", xml -> withoutSpoofGuard(xml));
            // none of our code at all: not as a mailet, matcher or handler, nor as a handler loader or in a parameter
            assertThat(Files.readString(james.conf().resolve("mailetcontainer.xml"))).doesNotContain("org.spoofguard");
            assertThat(Files.readString(james.conf().resolve("smtpserver.xml"))).doesNotContain("org.spoofguard");
        }
        if (name.equals(WITH_NO_INVOICE)) {
            james.patch("mailetcontainer.xml", LoadComparisonIT::withoutInvoiceCheck);
            assertThat(Files.readString(james.conf().resolve("mailetcontainer.xml"))).doesNotContain("IsSpoofedInvoice");
        }
        try (james) {
            james.start();
            james.addDomain(DOMAIN);
            for (int u = 0; u < MAILBOXES; u++) {
                james.addUser(user(u), "secret");
            }
            byte[] message = message();
            ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
            long start = System.nanoTime();
            List<Future<Integer>> sessions = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                int session = s;
                int count = MESSAGES / SESSIONS + (s < MESSAGES % SESSIONS ? 1 : 0);
                sessions.add(pool.submit(() -> send(james.smtpPort(), "127.0.0." + (100 + session), session, count, message)));
            }
            int accepted = 0;
            for (Future<Integer> f : sessions) {
                accepted += f.get(10, TimeUnit.MINUTES);
            }
            double acceptSeconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            assertThat(accepted).isEqualTo(MESSAGES);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            int delivered = 0;
            while ((delivered = delivered(james)) < MESSAGES && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            double deliverSeconds = (System.nanoTime() - start) / 1e9;
            assertThat(delivered).isEqualTo(MESSAGES);
            return new Figures(name, MESSAGES / acceptSeconds, MESSAGES / deliverSeconds);
        }
    }

    private static int delivered(JamesHarness james) {
        int total = 0;
        for (int u = 0; u < MAILBOXES; u++) {
            HttpResponse<String> count = james.webadmin("GET", "/users/" + user(u) + "/mailboxes/INBOX/messageCount", null);
            if (count.statusCode() == 200) {
                total += Integer.parseInt(count.body().trim());
            }
        }
        return total;
    }

    private static String user(int u) {
        return "load" + u + "@" + DOMAIN;
    }

    private static int send(int port, String sourceIp, int session, int count, byte[] message) throws Exception {
        int accepted = 0;
        try (SmtpTestClient smtp = SmtpTestClient.connect(port, sourceIp)) {
            smtp.ehlo("mta.load.example");
            for (int i = 0; i < count; i++) {
                smtp.mailFrom("sender@load.example");
                smtp.rcptTo(user((session * 7 + i) % MAILBOXES));
                if (smtp.command("DATA").code() == 354 && smtp.sendData(message).code() == 250) {
                    accepted++;
                }
            }
            smtp.quit();
        }
        return accepted;
    }

    private static byte[] message() {
        StringBuilder text = new StringBuilder("From: Sender <sender@load.example>\r\nTo: load@spoofguard.test\r\n"
            + "Subject: load test\r\nMessage-ID: <load@load.example>\r\n\r\n");
        while (text.length() < 4096) {
            text.append("The quick brown fox jumps over the lazy dog, again and again and again.\r\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String resource(String name) throws Exception {
        try (var in = LoadComparisonIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
