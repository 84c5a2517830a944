package org.spoofguard.james.webadmin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.james.webadmin.Routes;
import org.spoofguard.core.invoice.BankMemory;
import org.spoofguard.james.invoice.InvoiceInspection;

import spark.Service;

/**
 * WebAdmin view of the invoice bank-details memory (docs/invoice.md), the API of the console's "release and trust":
 * <ul>
 * <li>{@code GET /spoofguard/bank-details}: every sender organisation with its accounts, masked ("DK50…6243"),
 * first/last seen and count (JSON);</li>
 * <li>{@code PUT /spoofguard/bank-details/{domain}/accounts/{account}}: trust an account (any form
 * {@code BankMemory.canonical} reads: IBAN, "rrrr-kkkkkkkkkk", "FI+71:12345678", a Norwegian kontonummer,
 * "GB-SC:…", "SE-BG:…", "SE-PG:…") for that organisation: 204 once it is saved to disk, 400 naming what is
 * wrong (an account, or a domain {@code DomainName.ascii} refuses), 500 with a message when the file cannot be
 * written (the trust is then in effect until the restart only);</li>
 * <li>{@code DELETE} on the same path: forget it: 204 once saved, 404 when it was not known, 400 / 500 as for
 * {@code PUT}.</li>
 * </ul>
 * Loaded by James from {@code extensions.routes} in {@code webadmin.properties}. Like every WebAdmin route it has
 * no authentication of its own: keep WebAdmin on localhost or protect it.
 */
public class InvoiceBankRoutes implements Routes {
    public static final String BASE_PATH = "/spoofguard/bank-details";

    private final InvoiceInspection inspection;

    @Inject
    public InvoiceBankRoutes(InvoiceInspection inspection) {
        this.inspection = inspection;
    }

    @Override
    public String getBasePath() {
        return BASE_PATH;
    }

    @Override
    public void define(Service service) {
        service.get(BASE_PATH, (request, response) -> {
            response.type("application/json; charset=utf-8");
            return json(inspection.bankMemory().snapshot());
        });
        service.put(BASE_PATH + "/:domain/accounts/:account", (request, response) -> {
            try {
                inspection.trustAccountSaved(request.params("domain"), request.params("account"));
            } catch (IllegalArgumentException e) {
                return error(response, 400, String.valueOf(e.getMessage()));
            } catch (IOException e) {
                return error(response, 500, NOT_SAVED + e);
            }
            response.status(204);
            return "";
        });
        service.delete(BASE_PATH + "/:domain/accounts/:account", (request, response) -> {
            boolean known;
            try {
                known = inspection.forgetAccountSaved(request.params("domain"), request.params("account"));
            } catch (IllegalArgumentException e) {
                return error(response, 400, String.valueOf(e.getMessage()));
            } catch (IOException e) {
                return error(response, 500, NOT_SAVED + e);
            }
            response.status(known ? 204 : 404);
            return "";
        });
    }

    /** Said when the file cannot be written: the change is in effect until the restart, not longer (unless retried). */
    static final String NOT_SAVED = "changed in memory but NOT saved to the bank-details file: it is lost at the next "
        + "restart unless a later change or the shutdown saves it; check the data directory and repeat the request: ";

    private static String error(spark.Response response, int status, String message) {
        response.status(status);
        response.type("application/json; charset=utf-8");
        return "{\"statusCode\":" + status + ",\"message\":" + quote(bounded(message)) + "}";
    }

    /** The message echoes a decoded path segment: one line, bounded (a 6000-character "domain" is not repeated). */
    private static String bounded(String message) {
        String one = message.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
        return one.length() > 600 ? one.substring(0, 600) + "..." : one;
    }

    static String json(Map<String, List<BankMemory.Account>> snapshot) {
        StringBuilder b = new StringBuilder("{");
        boolean firstDomain = true;
        for (Map.Entry<String, List<BankMemory.Account>> e : snapshot.entrySet()) {
            b.append(firstDomain ? "" : ",").append(quote(e.getKey())).append(":[");
            firstDomain = false;
            boolean first = true;
            for (BankMemory.Account a : e.getValue()) {
                b.append(first ? "" : ",").append("{\"account\":").append(quote(a.masked()))
                    .append(",\"country\":").append(quote(a.country()))
                    .append(",\"firstSeen\":").append(quote(a.firstSeen().toString()))
                    .append(",\"lastSeen\":").append(quote(a.lastSeen().toString()))
                    .append(",\"count\":").append(a.count())
                    .append(",\"provisional\":").append(a.provisional()).append('}');
                first = false;
            }
            b.append(']');
        }
        return b.append('}').toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
