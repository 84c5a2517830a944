package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.james.DefaultVacationService;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.WebAdminConfiguration;
import org.apache.james.webadmin.WebAdminServer;
import org.apache.james.webadmin.authentication.NoAuthenticationFilter;
import org.apache.james.webadmin.mdc.LoggingRequestFilter;
import org.apache.james.webadmin.routes.VacationRoutes;
import org.apache.james.webadmin.utils.JsonTransformer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /vacation/{user}} as the persistent server bundles it (James 3.8.1's WebAdminServer and
 * VacationRoutes, with {@link VacationJsonNullRoutes} as PersistentJamesServer binds it, over our
 * FileVacationRepository and ConcurrentNotificationRegistry). The JSON body {@code null} (a script that serialised a missing object) is the client's error, but VacationRoutes
 * dereferences the null DTO: 500 "unexpected internal error" instead of James's own 400 "JSON payload of the request
 * is not valid" that {@code ""}, {@code []} and every other malformed body get.
 */
class VacationJsonNullRouteTest {
    @TempDir
    Path data;
    private WebAdminServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroy();
        }
    }

    private int start() {
        UsersRepository users = (UsersRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {UsersRepository.class}, (p, m, a) -> m.getName().equals("contains") ? Boolean.TRUE : null);
        DefaultVacationService service = new DefaultVacationService(
            new FileVacationRepository(data.resolve("vacation.json")),
            new ConcurrentNotificationRegistry(ZonedDateTime::now, data.resolve("vacation-notified.json")));
        server = new WebAdminServer(WebAdminConfiguration.TEST_CONFIGURATION,
            List.<Routes>of(new VacationRoutes(service, users, new JsonTransformer()),
                new VacationJsonNullRoutes()), new NoAuthenticationFilter(),
            new RecordingMetricFactory(), LoggingRequestFilter.create()) { };
        server.start();
        return server.getPort().getValue();
    }

    @Test
    void aJsonNullBodyIsA400NotA500() throws Exception {
        int port = start();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/vacation/alice@spoofguard.test"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("null")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("POST /vacation/alice@spoofguard.test with body 'null': %s", answer.body())
            .isEqualTo(400);
    }

    /** The filter reads the body before James's route does: the route must still get it whole. */
    @Test
    void anyOtherBodyStillReachesJamesRoute() throws Exception {
        int port = start();
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/vacation/alice@spoofguard.test");
        HttpResponse<String> set = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"enabled\":true,\"subject\":\"Away in May\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        assertThat(client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
            .contains("Away in May");
        HttpResponse<String> broken = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"enabled\":")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).as("James's own 400 for malformed JSON").isEqualTo(400);
    }
}
