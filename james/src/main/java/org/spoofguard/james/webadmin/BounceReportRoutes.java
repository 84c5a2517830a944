package org.spoofguard.james.webadmin;

import javax.inject.Inject;

import org.apache.james.webadmin.Routes;
import org.spoofguard.james.BounceGuardServices;

import spark.Service;

/**
 * WebAdmin backscatter report: {@code GET /spoofguard/bounces} returns, since James started, how many DSNs
 * the bounce guard let through and how many it kept back, by failure cause and by reason, and the sender
 * domains it refused to bounce to most (the likely Joe-Job victims); and, kept across restarts in
 * {@link BounceGuardServices#REPORT_FILE}, the counts per UTC day and cause and the last suppressed mails with the
 * repository key each is stored under (so the admin can inspect or release it). {@code ?format=text} gives a
 * plain table. Loaded by James from {@code extensions.routes} in {@code webadmin.properties}; Guice injects the
 * server's one {@link BounceGuardServices}, so the numbers are those of every bounce processor together.
 */
public class BounceReportRoutes implements Routes {
    public static final String BASE_PATH = "/spoofguard/bounces";

    private final BounceGuardServices services;

    @Inject
    public BounceReportRoutes(BounceGuardServices services) {
        this.services = services;
    }

    @Override
    public String getBasePath() {
        return BASE_PATH;
    }

    @Override
    public void define(Service service) {
        service.get(BASE_PATH, (request, response) -> {
            if ("text".equalsIgnoreCase(request.queryParams("format"))) {
                response.type("text/plain; charset=utf-8");
                return services.stats().toText();
            }
            response.type("application/json");
            return services.stats().toJson();
        });
    }
}
