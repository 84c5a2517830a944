package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * LoadComparisonIT's "same server, SpoofGuard removed" is built by LoadComparisonIT.withoutSpoofGuard from the
 * current conf/. It must still be a working mail server (else the ratio compares against nothing, and the IT waits
 * 10 minutes for deliveries that never come) and must really run none of our code.
 */
class LoadComparisonBaselineTest {
    static Path conf() {
        return Files.isDirectory(Path.of("../conf")) ? Path.of("../conf") : Path.of("conf");
    }

    static List<String> mailetClasses(String xml, String processor) throws Exception {
        org.w3c.dom.Document d = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        NodeList processors = d.getElementsByTagName("processor");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < processors.getLength(); i++) {
            Element p = (Element) processors.item(i);
            if (processor.equals(p.getAttribute("state"))) {
                NodeList mailets = p.getElementsByTagName("mailet");
                for (int j = 0; j < mailets.getLength(); j++) {
                    classes.add(((Element) mailets.item(j)).getAttribute("class"));
                }
            }
        }
        return classes;
    }

    @Test
    void theServerWithoutSpoofGuardStillDeliversLocalMail() throws Exception {
        String stripped = LoadComparisonIT.withoutSpoofGuard(Files.readString(conf().resolve("mailetcontainer.xml")));
        List<String> localDelivery = mailetClasses(stripped, "local-delivery");
        System.out.println("local-delivery processor of the server without SpoofGuard: " + localDelivery);
        // Without a delivering mailet, James ghosts the mail at the end of the processor ("reached the end of this
        // processor, and is automatically deleted"): nothing reaches a mailbox.
        assertThat(localDelivery).as("mailets of local-delivery in the baseline server")
            .anyMatch(c -> c.equals("LocalDelivery") || c.endsWith(".LocalDelivery"));
    }

    @Test
    void theSmtpServerWithoutSpoofGuardRunsNoneOfOurCode() throws Exception {
        String stripped = LoadComparisonIT.withoutSpoofGuard(Files.readString(conf().resolve("smtpserver.xml")));
        List<String> left = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(org\\.spoofguard[^\"]*)\"").matcher(stripped);
        while (m.find()) {
            left.add(m.group(1));
        }
        System.out.println("SpoofGuard classes left in the baseline smtpserver.xml: " + left);
        assertThat(left).as("SpoofGuard classes in the baseline's smtpserver.xml").isEmpty();
    }

    /**
     * A mailet may match by the name of a matcher defined in its processor ({@code <matcher name=...>}). When the
     * baseline drops such a matcher because it names our class, a mailet it keeps must not still match by that name:
     * James cannot start ("Can not load matcher user-actions-pending"), and the driver measures nothing.
     */
    @Test
    void everyMailetOfTheServerWithoutSpoofGuardMatchesByAMatcherItStillHas() throws Exception {
        String original = Files.readString(conf().resolve("mailetcontainer.xml"));
        List<String> names = new ArrayList<>();
        NodeList named = parse(original).getElementsByTagName("matcher");
        for (int i = 0; i < named.getLength(); i++) {
            String name = ((Element) named.item(i)).getAttribute("name");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        List<String> dangling = new ArrayList<>();
        NodeList processors = parse(LoadComparisonIT.withoutSpoofGuard(original)).getElementsByTagName("processor");
        for (int i = 0; i < processors.getLength(); i++) {
            Element processor = (Element) processors.item(i);
            List<String> defined = new ArrayList<>();
            NodeList matchers = processor.getElementsByTagName("matcher");
            for (int j = 0; j < matchers.getLength(); j++) {
                defined.add(((Element) matchers.item(j)).getAttribute("name"));
            }
            NodeList mailets = processor.getElementsByTagName("mailet");
            for (int j = 0; j < mailets.getLength(); j++) {
                String match = ((Element) mailets.item(j)).getAttribute("match");
                if (names.contains(match) && !defined.contains(match)) {
                    dangling.add(processor.getAttribute("state") + ": " + match + " for "
                        + ((Element) mailets.item(j)).getAttribute("class"));
                }
            }
        }
        assertThat(dangling).as("mailets of the baseline matching by a matcher name the baseline removed").isEmpty();
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    /** LoadComparisonIT refuses to measure a baseline with any "org.spoofguard" left in these files: it must have none. */
    @Test
    void noFileOfTheServerWithoutSpoofGuardNamesUs() throws Exception {
        for (String file : List.of("mailetcontainer.xml", "smtpserver.xml")) {
            assertThat(LoadComparisonIT.withoutSpoofGuard(Files.readString(conf().resolve(file))))
                .as(file + " of the baseline server").doesNotContain("org.spoofguard");
        }
    }

    /**
     * -Dspoofguard.load.noInvoice=true adds SpoofGuard without its invoice check (the load's profile put that check
     * first, bench/README.md): only the check's two matchers and their Quarantine/TagInvoice mailets go, every other
     * mailet of every processor stays, and none still matches by a removed name (James would not start).
     */
    @Test
    void theServerWithoutTheInvoiceCheckKeepsEverythingElse() throws Exception {
        String original = Files.readString(conf().resolve("mailetcontainer.xml"));
        String changed = LoadComparisonIT.withoutInvoiceCheck(original);
        assertThat(changed).doesNotContain("IsSpoofedInvoice").doesNotContain("invoice.Quarantine")
            .doesNotContain("invoice.TagInvoice").doesNotContain("\"invoice-quarantine\"").doesNotContain("\"invoice-tag\"");
        NodeList processors = parse(original).getElementsByTagName("processor");
        for (int i = 0; i < processors.getLength(); i++) {
            String state = ((Element) processors.item(i)).getAttribute("state");
            List<String> kept = new ArrayList<>(mailetClasses(original, state));
            kept.removeIf(c -> c.endsWith(".invoice.Quarantine") || c.endsWith(".invoice.TagInvoice"));
            assertThat(mailetClasses(changed, state)).as("mailets of " + state).isEqualTo(kept);
        }
    }
}
