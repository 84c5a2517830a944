package org.spoofguard.smtp.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.Request;
import org.apache.james.protocols.api.Response;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.core.ReceivedDataLineFilter;
import org.apache.james.protocols.smtp.core.esmtp.StartTlsCmdHandler;
import org.apache.james.protocols.smtp.core.esmtp.AuthCmdHandler;
import org.apache.james.smtpserver.AddDefaultAttributesMessageHook;
import org.apache.james.smtpserver.CoreCmdHandlerLoader;
import org.spoofguard.smtp.ClientAttributesHook;
import org.junit.jupiter.api.Test;

class SpoofGuardCmdHandlerLoaderTest {
    @Test
    void jamesCoreHandlersWithTheAuthGuardFirstAndOneReceivedFilter() {
        List<String> ours = new SpoofGuardCmdHandlerLoader().getHandlers();
        List<String> james = new CoreCmdHandlerLoader().getHandlers();
        assertThat(ours).hasSize(james.size() + 1)
            .doesNotContain(ReceivedDataLineFilter.class.getName(), StartTlsCmdHandler.class.getName(),
                AddDefaultAttributesMessageHook.class.getName())
            .contains(TlsReceivedDataLineFilter.class.getName(), ForgetfulStartTlsCmdHandler.class.getName(),
                ClientAttributesHook.class.getName());
        // CommandDispatcher asks the AUTH handlers in chain order: the guard must come first.
        assertThat(ours.indexOf(RequireTlsForAuthHandler.class.getName()))
            .isLessThan(ours.indexOf(AuthCmdHandler.class.getName()));
        assertThat(ours).containsAll(james.stream().filter(h -> !h.equals(ReceivedDataLineFilter.class.getName())
            && !h.equals(StartTlsCmdHandler.class.getName())
            && !h.equals(AddDefaultAttributesMessageHook.class.getName())).toList());
    }

    /** RFC 3207 §4.2: the EHLO sent in clear text is forgotten once the client is told to start TLS. */
    @Test
    void startTlsForgetsTheEhlo() {
        SMTPSession session = mock(SMTPSession.class);
        Map<ProtocolSession.AttachmentKey<?>, Object> connection = new HashMap<>();
        connection.put(SMTPSession.CURRENT_HELO_MODE, "EHLO");
        connection.put(SMTPSession.CURRENT_HELO_NAME, "before-tls.example");
        when(session.isStartTLSSupported()).thenReturn(true);
        when(session.isTLSStarted()).thenReturn(false);
        when(session.removeAttachment(any(), any())).thenAnswer(i -> Optional.ofNullable(connection.remove(i.getArgument(0))));
        Request request = mock(Request.class);
        when(request.getArgument()).thenReturn(null);

        Response response = new ForgetfulStartTlsCmdHandler().onCommand(session, request);

        assertThat(response.getRetCode()).isEqualTo("220");
        assertThat(connection).isEmpty();

        connection.put(SMTPSession.CURRENT_HELO_NAME, "kept.example");
        when(request.getArgument()).thenReturn("junk");
        assertThat(new ForgetfulStartTlsCmdHandler().onCommand(session, request).getRetCode()).isEqualTo("501");
        assertThat(connection).as("no TLS started: nothing forgotten").containsKey(SMTPSession.CURRENT_HELO_NAME);
    }
}
