package org.spoofguard.server.imap;

import org.apache.james.imap.api.Tag;
import org.apache.james.imap.api.display.HumanReadableText;
import org.apache.james.imap.api.message.response.StatusResponse;
import org.apache.james.imap.api.message.response.StatusResponseFactory;

/**
 * A tagged {@code NO} carrying one of RFC 5530's response codes ({@code LIMIT}, {@code CANNOT}), so a client can tell
 * the refusal from a server fault.
 *
 * <p>James 3.8.1 cannot carry these codes itself: {@code StatusResponse.ResponseCode} has private constructors and
 * its {@code createExtension} prefixes an X ({@code XLIMIT}). Its status encoder writes tag, type, {@code [code]},
 * command name, text; so the response here has no command and the text starts with {@code [CODE] COMMAND}: the same
 * bytes as a response with the code, which only the encoder reads.
 */
final class CodedRefusal {
    private CodedRefusal() {
    }

    /** The text after {@code NO}: {@code [CODE] COMMAND failed. reason}. */
    static String text(String code, String command, String reason) {
        return "[" + code + "] " + command + " failed. " + reason;
    }

    static StatusResponse taggedNo(StatusResponseFactory factory, Tag tag, String code, String command, String reason) {
        return factory.taggedNo(tag, null,
            new HumanReadableText("org.spoofguard.imap." + code, text(code, command, reason)));
    }
}
