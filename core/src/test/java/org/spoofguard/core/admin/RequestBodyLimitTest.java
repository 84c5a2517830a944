package org.spoofguard.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {
    private final RequestBodyLimit limit = new RequestBodyLimit(1000);

    @Test
    void aBodyUpToTheLimitIsServed() {
        assertThat(limit.refusal(null, null)).as("no body").isEmpty();
        assertThat(limit.refusal("0", null)).isEmpty();
        assertThat(limit.refusal("1000", null)).isEmpty();
        assertThat(limit.refusal(" 999 ", null)).isEmpty();
    }

    @Test
    void aLargerDeclaredBodyIsRefusedWith413BeforeItIsRead() {
        assertThat(limit.refusal("1001", null)).get().extracting(RequestBodyLimit.Refusal::status).isEqualTo(413);
        assertThat(limit.refusal("5000000000", null)).get().extracting(RequestBodyLimit.Refusal::status).isEqualTo(413);
        assertThat(limit.refusal("99999999999999999999999999", null)).as("beyond a long")
            .get().extracting(RequestBodyLimit.Refusal::status).isEqualTo(413);
        assertThat(limit.refusal("1001", null)).get().extracting(RequestBodyLimit.Refusal::reason).asString()
            .contains("1000").contains("afvist");
    }

    @Test
    void aBodyOfUnknownLengthIsNotRefusedUpFrontButCounted() {
        // chunked: the size is known only after reading it (RFC 9112 §7.1); `curl -T -` sends no Content-Length
        assertThat(limit.refusal(null, "chunked")).isEmpty();
        assertThat(limit.lengthUnknown(null, "chunked")).isTrue();
        assertThat(limit.refusal("10", "chunked")).as("Transfer-Encoding wins over Content-Length, RFC 9112 §6.1")
            .isEmpty();
        assertThat(limit.lengthUnknown("10", "chunked")).isTrue();
        assertThat(limit.refusal("99999", "chunked")).as("a Content-Length beside chunked says nothing").isEmpty();
        assertThat(limit.lengthUnknown("10", null)).isFalse();
        assertThat(limit.lengthUnknown(null, null)).isFalse();
    }

    @Test
    void aBodyOfUnknownLengthIsReadUpToTheLimitAndNoFurther() throws IOException {
        assertThat(limit.readWithinLimit(new ByteArrayInputStream(new byte[1000]))).get()
            .extracting(b -> b.length).isEqualTo(1000);
        assertThat(limit.readWithinLimit(new ByteArrayInputStream(new byte[0]))).get()
            .extracting(b -> b.length).isEqualTo(0);
        assertThat(limit.readWithinLimit(new ByteArrayInputStream(new byte[1001]))).isEmpty();
        // an endless body: refused once one byte past the limit has been read, not when it ends
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }
        };
        assertThat(limit.readWithinLimit(endless)).isEmpty();
        assertThat(read).hasValue(1001);
        assertThat(limit.tooLarge().status()).isEqualTo(413);
        assertThat(limit.tooLarge().reason()).contains("1000").contains("afvist");
    }

    @Test
    void aMalformedLengthIsRefusedWith400() {
        assertThat(limit.refusal("-1", null)).get().extracting(RequestBodyLimit.Refusal::status).isEqualTo(400);
        assertThat(limit.refusal("12,12", null)).get().extracting(RequestBodyLimit.Refusal::status).isEqualTo(400);
        assertThat(limit.refusal("", null)).get().extracting(RequestBodyLimit.Refusal::status).isEqualTo(400);
    }

    @Test
    void theLimitIsParsedWithUnits() {
        assertThat(RequestBodyLimit.parse(null).maxBytes()).isEqualTo(RequestBodyLimit.DEFAULT_MAX_BYTES);
        assertThat(RequestBodyLimit.parse("").maxBytes()).isEqualTo(RequestBodyLimit.DEFAULT_MAX_BYTES);
        assertThat(RequestBodyLimit.parse("4M").maxBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat(RequestBodyLimit.parse("512k").maxBytes()).isEqualTo(512L * 1024);
        assertThat(RequestBodyLimit.parse("1G").maxBytes()).isEqualTo(1024L * 1024 * 1024);
        assertThat(RequestBodyLimit.parse("2000").maxBytes()).isEqualTo(2000);
        assertThatThrownBy(() -> RequestBodyLimit.parse("lots")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("lots");
        assertThatThrownBy(() -> RequestBodyLimit.parse("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestBodyLimit.parse("3G")).as("more than an array can hold")
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSettingOutOfRangeIsRefusedInEnglishThenDanish() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestBodyLimit.parse("2G"))
            .hasMessage("request body limit must be between 1 byte and 1G, got 2147483648"
                + " / grænsen for en forespørgsels krop skal være mellem 1 byte og 1G, ikke 2147483648");
    }
}
