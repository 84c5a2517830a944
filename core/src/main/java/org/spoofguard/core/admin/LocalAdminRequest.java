package org.spoofguard.core.admin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.google.common.collect.ImmutableSet;

/**
 * Whether a request to an unauthenticated administration port bound to loopback (James's WebAdmin) came from an
 * admin's tool on this host (curl, our launcher, the posture check) or from a web browser on this host doing what a
 * web page told it to. Binding to 127.0.0.1 keeps out other hosts, not a browser on the server's own host:
 * <ul>
 * <li>a cross-site "simple" request (POST with {@code Content-Type: text/plain}, no CORS preflight, the answer need
 * not be readable) still reaches the route and has its effect: James parses {@code POST /vacation/{user}}'s body as
 * JSON whatever its type, so any page could set an out-of-office ("our bank account changed"). A browser marks every
 * such request with {@code Origin} (Fetch standard, "HTTP-network-or-cache fetch": always for non-GET/HEAD, and for
 * CORS requests) and, in current browsers, {@code Sec-Fetch-Site}; an admin's tool sends neither;</li>
 * <li>DNS rebinding (a name of the attacker's resolving to 127.0.0.1 after the page loaded) makes the page
 * same-origin with the port and lets it read and change everything; the browser then sends the attacker's name in
 * {@code Host} (RFC 9110 §7.2). Only a loopback name or literal (or the configured listen host) is accepted, with
 * the port the request really arrived on, so a foreign name is never served.</li>
 * <li>a forwarding header ({@link #FORWARDING}): WebAdmin's embedded Jetty (Spark's ForwardedRequestCustomizer)
 * replaces the request's {@code Host} by {@code X-Forwarded-Host} or {@code Forwarded: host=} before any filter reads
 * it, and neither is a forbidden header name (Fetch standard), so a rebound page could name 127.0.0.1 there and pass
 * the {@code Host} check. No admin's tool on this host sends them; a reverse proxy does, and must drop them.</li>
 * </ul>
 * A request without {@code Host} (HTTP/1.0 from a script) is no browser's and is allowed.
 */
public final class LocalAdminRequest {
    /** Loopback names and literals as a browser or curl writes them in {@code Host} (lower case, IPv6 bracketed). */
    static final Set<String> LOOPBACK = ImmutableSet.of("127.0.0.1", "localhost", "[::1]");

    /**
     * Headers by which a proxy tells the server where the request came from and was addressed to (RFC 7239 and the
     * de-facto X-Forwarded-*); Jetty takes host, port, scheme and server from them. {@code X-Forwarded-For} only
     * changes the client address Jetty reports, which this check does not read, but it is refused as well: a
     * request carrying it was either relayed by a proxy from some other host (what binding to loopback is meant to
     * keep out of an unauthenticated port) or written by a page; and James would log the client address it names.
     */
    public static final List<String> FORWARDING = List.of("Forwarded", "X-Forwarded-Host", "X-Forwarded-Server",
        "X-Forwarded-Port", "X-Forwarded-Proto", "X-Forwarded-For");

    private final Set<String> hosts;

    private LocalAdminRequest(Set<String> hosts) {
        this.hosts = hosts;
    }

    /**
     * The accepted {@code Host} names: loopback, plus {@code listenHost} (the port's configured bind address, when it
     * is a specific one, so an admin who bound it to another address can still reach it by that address).
     */
    public static LocalAdminRequest listeningOn(String listenHost) {
        ImmutableSet.Builder<String> names = ImmutableSet.<String>builder().addAll(LOOPBACK);
        String configured = listenHost == null ? "" : listenHost.trim().toLowerCase(Locale.ROOT);
        if (!configured.isEmpty() && !configured.equals("0.0.0.0") && !configured.equals("::")
                && !configured.equals("[::]")) {
            names.add(configured.contains(":") && !configured.startsWith("[") ? "[" + configured + "]" : configured);
        }
        return new LocalAdminRequest(names.build());
    }

    public Set<String> hosts() {
        return hosts;
    }

    /**
     * Why the request must be refused, or empty to serve it; {@code header} gives a request header's value by name
     * (null when absent). The forwarding headers are looked at first: with one of them present, the {@code Host} the
     * server hands on may not be the one the client sent.
     */
    public Optional<String> refusal(UnaryOperator<String> header, int localPort) {
        for (String name : FORWARDING) {
            if (header.apply(name) != null) {
                return Optional.of("a request with " + name + " is refused: WebAdmin would take the Host or client"
                    + " address from it; a reverse proxy in front of WebAdmin must drop it / en forespørgsel med " + name
                    + " afvises: WebAdmin ville tage Host eller klientens adresse derfra; en reverse proxy foran"
                    + " WebAdmin skal fjerne den");
            }
        }
        return refusal(header.apply("Host"), header.apply("Origin"), header.apply("Sec-Fetch-Site"), localPort);
    }

    /**
     * Why the request must be refused (English and Danish, for the admin reading the 403), or empty to serve it.
     * {@code host}, {@code origin}, {@code secFetchSite} are the header values (null when absent); {@code localPort} is
     * the port the connection arrived on (not the one {@code Host} claims).
     */
    public Optional<String> refusal(String host, String origin, String secFetchSite, int localPort) {
        if (origin != null) {
            return Optional.of("a request from a web page (Origin " + printable(origin) + ") is refused: WebAdmin has no"
                + " authentication, use curl on the server / en forespørgsel fra en webside (Origin) afvises: WebAdmin har"
                + " ingen godkendelse, brug curl på serveren");
        }
        if (secFetchSite != null) {
            String site = secFetchSite.trim().toLowerCase(Locale.ROOT);
            if (site.equals("cross-site") || site.equals("same-site")) {
                return Optional.of("a request a web page caused (Sec-Fetch-Site " + printable(site) + ") is refused"
                    + " / en forespørgsel fra en webside (Sec-Fetch-Site) afvises");
            }
        }
        if (host != null && !acceptedHost(host, localPort)) {
            return Optional.of("Host " + printable(host) + " is not this server's local address (accepted: "
                + String.join(", ", hosts) + " with port " + localPort + ") / Host er ikke serverens lokale adresse");
        }
        return Optional.empty();
    }

    boolean acceptedHost(String host, int localPort) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        String name;
        String port;
        int colon = h.lastIndexOf(':');
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) {
                return false;
            }
            name = h.substring(0, close + 1);
            String rest = h.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return false;
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else if (colon >= 0) {
            name = h.substring(0, colon);
            port = h.substring(colon + 1);
        } else {
            name = h;
            port = null;
        }
        // RFC 9110 §7.2: no port means the scheme's default (80 for http).
        int claimed;
        try {
            claimed = port == null ? 80 : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            return false;
        }
        return claimed == localPort && hosts.contains(name);
    }

    private static String printable(String text) {
        String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
