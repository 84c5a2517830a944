package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.WebAdminConfiguration;
import org.apache.james.webadmin.WebAdminServer;
import org.apache.james.webadmin.authentication.NoAuthenticationFilter;
import org.apache.james.webadmin.mdc.LoggingRequestFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import spark.Service;

/**
 * James 3.8.1's WebAdminServer with a route that lets the cap's refusal out as James's UserMailboxesRoutes does (it
 * catches only a bad name): without {@link MailboxLimitRoutes} the admin gets 500 "unexpected internal error", with it
 * 409 naming the cap. MailboxCountLimitIT shows the same through James's own route on the bundled server.
 */
class MailboxLimitRoutesTest {
    private WebAdminServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroy();
        }
    }

    /** The control: what James's exception handling makes of the refusal. */
    @Test
    void jamesAnswersTheCapWith500() throws Exception {
        HttpResponse<String> answer = put(start(false));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
    }

    @Test
    void theCapIsA409NamingIt() throws Exception {
        HttpResponse<String> answer = put(start(true));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body())
            .contains("\"type\":\"WrongState\"")
            .contains("Too many mailboxes for alice@spoofguard.test: 10 would exceed the limit of 9"
                + " (mailbox.maxPerUser in conf/james-database.properties) / For mange mapper: maks. 9 pr. bruger");
    }

    /** Any other failure of the route keeps James's answer. */
    @Test
    void otherFailuresKeepJamesAnswer() throws Exception {
        HttpResponse<String> answer = send(start(true), "other");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
    }

    private int start(boolean ours) {
        List<Routes> routes = new ArrayList<>();
        routes.add(new Routes() {
            @Override
            public String getBasePath() {
                return "/users";
            }

            @Override
            public void define(Service service) {
                service.put("/users/:user/mailboxes/:name", (request, response) -> {
                    if (request.params("name").equals("other")) {
                        throw new org.apache.james.mailbox.exception.MailboxException("database gone");
                    }
                    throw new TooManyMailboxesException(request.params("user"), 10, 9);
                });
            }
        });
        if (ours) {
            routes.add(new MailboxLimitRoutes());
        }
        server = new WebAdminServer(WebAdminConfiguration.TEST_CONFIGURATION, routes, new NoAuthenticationFilter(),
            new RecordingMetricFactory(), LoggingRequestFilter.create()) { };
        server.start();
        return server.getPort().getValue();
    }

    private static HttpResponse<String> put(int port) throws Exception {
        return send(port, "tenth");
    }

    private static HttpResponse<String> send(int port, String mailbox) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/users/alice@spoofguard.test/mailboxes/" + mailbox))
            .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
