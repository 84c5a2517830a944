package org.spoofguard.it.console;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The console as a browser without script would use it: a cookie jar (the console's cookies are Secure, which
 * Java's CookieManager withholds from http://127.0.0.1, so cookies are kept here), forms posted with the CSRF
 * token of the page they came from. Redirects are not followed, so tests see them.
 */
final class ConsoleClient {
    final String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Map<String, String> cookies = new LinkedHashMap<>();
    String language = "en";
    /** Sent as X-Forwarded-For when set: what a guesser claims his address is. */
    String forwardedFor;

    ConsoleClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(request(HttpRequest.newBuilder(URI.create(base + path)).GET()),
            HttpResponse.BodyHandlers.ofByteArray());
        remember(r);
        return r;
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) throws Exception {
        String body = form.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** GET /login, then POST it with the page's token; returns the POST's answer. */
    HttpResponse<String> login(String user, String password) throws Exception {
        Document page = Jsoup.parse(get("/login").body());
        String token = page.select("input[name=csrf]").attr("value");
        return post("/login", List.of(Map.entry("csrf", token), Map.entry("user", user), Map.entry("password", password)));
    }

    /** The CSRF token on an authenticated page. */
    String csrf(String path) throws Exception {
        return Jsoup.parse(get(path).body()).select("input[name=csrf]").first().attr("value");
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = http.send(request(b), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        remember(r);
        return r;
    }

    private HttpRequest request(HttpRequest.Builder b) {
        b.header("Accept-Language", language);
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
        }
        return b.build();
    }

    private void remember(HttpResponse<?> r) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || c.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
