package org.spoofguard.persistence;

import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.utils.ErrorResponder;

import spark.Service;

/**
 * WebAdmin's answer to a mailbox creation over the cap ({@code PUT /users/{user}/mailboxes/{name}} past
 * {@code mailbox.maxPerUser}): 409 Conflict, type {@code WrongState}, with a message naming the user, the count and the
 * cap and where it is set, in English and Danish. James 3.8.1's route lets every {@code MailboxException} but a bad
 * name through, so {@link TooManyMailboxesException} became a 500 "unexpected internal error": the admin went looking
 * for a server fault where the server had refused on purpose. 409 because the request is well formed and would succeed
 * with fewer mailboxes (RFC 9110 §15.5.10: a conflict with the current state of the target resource).
 *
 * <p>Only an exception mapping, for the one exception class: Guice's route set cannot have James's UserMailboxesRoutes
 * replaced, and Spark picks the most specific mapping, so every other failure keeps James's answer.
 */
public class MailboxLimitRoutes implements Routes {
    static final int CONFLICT = 409;

    @Override
    public String getBasePath() {
        return "/users";
    }

    @Override
    public void define(Service service) {
        service.exception(TooManyMailboxesException.class, (e, request, response) -> {
            response.status(CONFLICT);
            response.body(ErrorResponder.builder()
                .statusCode(CONFLICT)
                .type(ErrorResponder.ErrorType.WRONG_STATE)
                .message(message(e))
                .asString());
        });
    }

    /** ASCII, like the IMAP refusal's text: some admin tools print JSON strings byte by byte. */
    static String message(TooManyMailboxesException e) {
        return e.getMessage() + " (mailbox.maxPerUser in conf/james-database.properties)"
            + " / For mange mapper: maks. " + e.max() + " pr. bruger";
    }
}
