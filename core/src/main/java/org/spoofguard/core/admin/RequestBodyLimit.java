package org.spoofguard.core.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.ByteSize;

/**
 * The largest request body an administration port (James's WebAdmin) accepts. James's WebAdmin (Spark on Jetty)
 * reads every body whole into memory, and its request logging does so for every request before any route runs,
 * whatever the route: one {@code POST /vacation/x} or {@code PUT /domains/x} of gigabytes would fill the heap of the
 * mail server. WebAdmin's bodies are small JSON documents and Sieve scripts, so a few megabytes
 * ({@value #DEFAULT_MAX_BYTES} bytes by default) is far above any real one.
 *
 * <ul>
 * <li>{@code Content-Length} above the limit: 413 Content Too Large (RFC 9110 §15.5.14), from the headers alone,
 * without reading the body;</li>
 * <li>{@code Transfer-Encoding} (chunked, what {@code curl -T -} sends): the length is known only once the body has
 * been read (RFC 9112 §7.1), so it is read ({@link #readWithinLimit}) and refused with 413 as soon as it passes the
 * limit, never held beyond it; Transfer-Encoding wins over a {@code Content-Length} sent with it (RFC 9112 §6.1), so
 * a small Content-Length does not let a larger chunked body in;</li>
 * <li>a {@code Content-Length} that is not one decimal number: 400 (RFC 9110 §8.6; Jetty refuses most before us).</li>
 * </ul>
 * A request with neither header has no body (RFC 9112 §6.3) and is served.
 */
public record RequestBodyLimit(long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;
    /** A body is held in one Java array by Spark: the setting cannot go past what one can hold (rounded down). */
    public static final long MAX_SETTING = 1024L * 1024 * 1024;

    public RequestBodyLimit {
        if (maxBytes < 1 || maxBytes > MAX_SETTING) {
            throw new IllegalArgumentException(Bilingual.of(
                "request body limit must be between 1 byte and 1G, got " + maxBytes,
                "grænsen for en forespørgsels krop skal være mellem 1 byte og 1G, ikke " + maxBytes));
        }
    }

    /** Why a request is refused: the HTTP status and a message (English / Danish) for the admin reading it. */
    public record Refusal(int status, String reason) {
    }

    /** Reads the setting ({@link ByteSize}'s grammar); null or blank gives the default. */
    public static RequestBodyLimit parse(String value) {
        if (value == null || value.isBlank()) {
            return new RequestBodyLimit(DEFAULT_MAX_BYTES);
        }
        return new RequestBodyLimit(ByteSize.parse(value).bytes());
    }

    /**
     * Why the request must be refused before its body is read, or empty to go on (and, when
     * {@link #lengthUnknown}, read the body with {@link #readWithinLimit}). {@code contentLength} and
     * {@code transferEncoding} are the header values, null when absent.
     */
    public Optional<Refusal> refusal(String contentLength, String transferEncoding) {
        if (transferEncoding != null || contentLength == null) {
            return Optional.empty();
        }
        String length = contentLength.trim();
        if (length.isEmpty() || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(new Refusal(400, "Content-Length is not a number / Content-Length er ikke et tal"));
        }
        // more digits than a long holds is more than any limit (no parse: it would overflow)
        if (length.length() > 18 || Long.parseLong(length) > maxBytes) {
            return Optional.of(tooLarge());
        }
        return Optional.empty();
    }

    /** The body's length is known only once it has been read: it must be read with {@link #readWithinLimit}. */
    public boolean lengthUnknown(String contentLength, String transferEncoding) {
        return transferEncoding != null;
    }

    /**
     * The whole body if it is at most {@link #maxBytes} long, or empty (answer {@link #tooLarge()}) as soon as one
     * byte more has been read: at most {@code maxBytes + 1} bytes are read, whatever the client still sends (held twice
     * over for a moment while {@link InputStream#readNBytes(int)} joins its buffers).
     */
    public Optional<byte[]> readWithinLimit(InputStream body) throws IOException {
        // maxBytes <= MAX_SETTING (1G), so maxBytes + 1 is an int; readNBytes grows its buffer as bytes come
        byte[] read = body.readNBytes((int) maxBytes + 1);
        return read.length > maxBytes ? Optional.empty() : Optional.of(read);
    }

    /** 413 Content Too Large (RFC 9110 §15.5.14), naming the limit and the setting. */
    public Refusal tooLarge() {
        return new Refusal(413, "the request body is larger than the WebAdmin limit of " + maxBytes
            + " bytes (spoofguard.maxRequestBodySize in webadmin.properties) / forespørgslen er afvist: indholdet"
            + " er større end WebAdmins grænse på " + maxBytes + " bytes");
    }
}
