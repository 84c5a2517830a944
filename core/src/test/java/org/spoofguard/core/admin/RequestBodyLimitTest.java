package org.spoofguard.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aBodyOfUnknownLengthIsRefusedWith411() {
        // chunked: the size is known only after reading it all (RFC 9112 §7.1), RFC 9110 §15.5.12 lets us ask for a length
        assertThat(limit.refusal(null, "chunked")).get().extracting(RequestBodyLimit.Refusal::status).isEqualTo(411);
        assertThat(limit.refusal("10", "chunked")).as("Transfer-Encoding wins over Content-Length, RFC 9112 §6.1")
            .get().extracting(RequestBodyLimit.Refusal::status).isEqualTo(411);
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
}
