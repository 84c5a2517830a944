package org.spoofguard.smtp.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.core.Username;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.junit.jupiter.api.Test;
import org.spoofguard.smtp.HeaderSectionHook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SubmissionAuthHookTest {
    private static SMTPSession session(Username user, boolean relaying) {
        SMTPSession s = mock(SMTPSession.class);
        when(s.getRemoteAddress()).thenReturn(new InetSocketAddress("203.0.113.9", 40000));
        when(s.getUsername()).thenReturn(user);
        when(s.isRelayingAllowed()).thenReturn(relaying);
        return s;
    }

    @Test
    void mailWithoutAuthIsRefusedWithAuthenticationRequired() throws Exception {
        MaybeSender sender = MaybeSender.of(new MailAddress("someone@example.org"));
        HookResult refused = new SubmissionAuthHook().doMail(session(null, false), sender);
        assertThat(refused.getSmtpRetCode()).isEqualTo("530");
        assertThat(refused.getSmtpDescription()).startsWith("5.7.0");
        assertThat(new SubmissionAuthHook().doMail(session(Username.of("alice@spoofguard.test"), true), sender))
            .isEqualTo(HookResult.DECLINED);
        assertThat(new SubmissionAuthHook().doMail(session(null, true), sender)).as("this host (authorizedAddresses)")
            .isEqualTo(HookResult.DECLINED);
    }

    /**
     * A merge once dropped HeaderSectionHook from the submission server: whoever the MX refused for a padded header
     * section connected to 587. Every server has it, and the submission servers require AUTH.
     */
    @Test
    void theShippedServersAllBoundTheHeaderSectionAndSubmissionRequiresAuth() throws Exception {
        Path conf = Path.of("..", "conf", "smtpserver.xml");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(conf));
        NodeList servers = doc.getElementsByTagName("smtpserver");
        List<String> withoutLimit = new ArrayList<>();
        List<String> submissionWithoutAuth = new ArrayList<>();
        for (int i = 0; i < servers.getLength(); i++) {
            Element server = (Element) servers.item(i);
            String name = server.getElementsByTagName("jmxName").item(0).getTextContent();
            List<String> handlers = new ArrayList<>();
            NodeList h = server.getElementsByTagName("handler");
            for (int j = 0; j < h.getLength(); j++) {
                handlers.add(((Element) h.item(j)).getAttribute("class"));
            }
            if (!handlers.contains(HeaderSectionHook.class.getName())) {
                withoutLimit.add(name);
            }
            if (name.contains("submission") && !handlers.contains(SubmissionAuthHook.class.getName())) {
                submissionWithoutAuth.add(name);
            }
        }
        assertThat(servers.getLength()).isEqualTo(3);
        assertThat(withoutLimit).isEmpty();
        assertThat(submissionWithoutAuth).isEmpty();
    }
}
