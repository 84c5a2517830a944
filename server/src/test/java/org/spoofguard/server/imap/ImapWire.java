package org.spoofguard.server.imap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.james.imap.api.message.response.ImapResponseMessage;
import org.apache.james.imap.api.process.ImapProcessor;
import org.apache.james.imap.encode.ImapResponseWriter;
import org.apache.james.imap.encode.StatusResponseEncoder;
import org.apache.james.imap.encode.base.ImapResponseComposerImpl;
import org.apache.james.imap.encode.main.DefaultLocalizer;
import org.apache.james.imap.message.Literal;
import org.apache.james.imap.message.response.ImmutableStatusResponse;

/** What IMAP tests of our processors need of the wire: James's own status encoder, and a responder that records. */
final class ImapWire {
    private ImapWire() {
    }

    /** The status response as a client reads it, through James 3.8.1's encoder (which alone reads a response code). */
    static String encode(ImapResponseMessage response) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImapResponseWriter writer = new ImapResponseWriter() {
            @Override
            public void write(Literal literal) {
                throw new AssertionError("no literal expected");
            }

            @Override
            public void write(byte[] buffer) {
                out.writeBytes(buffer);
            }
        };
        ImapResponseComposerImpl composer = new ImapResponseComposerImpl(writer);
        new StatusResponseEncoder(new DefaultLocalizer()).encode((ImmutableStatusResponse) response, composer);
        composer.flush();
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** A responder keeping every response in order. */
    static final class Recorder implements ImapProcessor.Responder {
        final List<ImapResponseMessage> responses = new ArrayList<>();

        @Override
        public void respond(ImapResponseMessage message) {
            responses.add(message);
        }

        @Override
        public void flush() {
        }
    }
}
