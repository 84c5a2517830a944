package org.spoofguard.mailets.bounce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.james.core.MailAddress;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The mailets of a processor in the bundled conf/mailetcontainer.xml, so tests run what the server runs. */
final class BundledConf {
    record Mailet(String match, String className, Map<String, String> params) {
    }

    private BundledConf() {
    }

    static List<Mailet> processor(String state) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(Path.of("..", "conf", "mailetcontainer.xml").toFile());
        NodeList processors = doc.getElementsByTagName("processor");
        for (int i = 0; i < processors.getLength(); i++) {
            Element p = (Element) processors.item(i);
            if (!state.equals(p.getAttribute("state"))) {
                continue;
            }
            List<Mailet> mailets = new ArrayList<>();
            NodeList children = p.getElementsByTagName("mailet");
            for (int j = 0; j < children.getLength(); j++) {
                Element m = (Element) children.item(j);
                Map<String, String> params = new LinkedHashMap<>();
                for (Node n = m.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        params.put(e.getTagName(), e.getTextContent().trim());
                    }
                }
                mailets.add(new Mailet(m.getAttribute("match"), m.getAttribute("class"), params));
            }
            return mailets;
        }
        throw new AssertionError("no processor " + state + " in conf/mailetcontainer.xml");
    }

    /** The processor's DSN mailet, initialised with the conf's parameters on {@code context}. */
    static DeliveryStatusBounce bouncer(String state, FakeMailContext context) throws Exception {
        Mailet conf = processor(state).stream()
            .filter(m -> m.className().equals(DeliveryStatusBounce.class.getName()))
            .findFirst().orElseThrow(() -> new AssertionError("processor " + state + " runs no DeliveryStatusBounce"));
        DeliveryStatusBounce bounce = new DeliveryStatusBounce(StatusFieldTest.dns());
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("DeliveryStatusBounce").mailetContext(context);
        conf.params().forEach((k, v) -> {
            if (!k.startsWith("on")) { // James's onMailetException/onMatchException belong to the container
                config.setProperty(k, v);
            }
        });
        bounce.init(config.build());
        return bounce;
    }

    static FakeMailContext context() throws Exception {
        return FakeMailContext.builder().postmaster(new MailAddress("postmaster@ours.example")).build();
    }
}
