package org.spoofguard.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spoofguard.core.admin.RequestBodyLimit;
import org.spoofguard.core.invoice.InvoiceConfig;

class ByteSizeTest {
    private static final long K = 1024;

    @Test
    void bytesOrANumberWithABinaryUnitAndAnOptionalB() {
        assertThat(ByteSize.parse("0").bytes()).isZero();
        assertThat(ByteSize.parse("2000").bytes()).isEqualTo(2000);
        assertThat(ByteSize.parse("2000B").bytes()).isEqualTo(2000);
        assertThat(ByteSize.parse("512K").bytes()).isEqualTo(512 * K);
        assertThat(ByteSize.parse("512KB").bytes()).isEqualTo(512 * K);
        assertThat(ByteSize.parse("4M").bytes()).isEqualTo(4 * K * K);
        assertThat(ByteSize.parse("4MB").bytes()).isEqualTo(4 * K * K);
        assertThat(ByteSize.parse("1G").bytes()).isEqualTo(K * K * K);
        assertThat(ByteSize.parse("1GB").bytes()).isEqualTo(K * K * K);
    }

    @Test
    void unitsAreCaseInsensitive() {
        assertThat(ByteSize.parse("512k").bytes()).isEqualTo(512 * K);
        assertThat(ByteSize.parse("4mb").bytes()).isEqualTo(4 * K * K);
        assertThat(ByteSize.parse("4mB").bytes()).isEqualTo(4 * K * K);
        assertThat(ByteSize.parse("1g").bytes()).isEqualTo(K * K * K);
        assertThat(ByteSize.parse("7b").bytes()).isEqualTo(7);
    }

    @Test
    void blanksAroundTheValueAndBeforeTheUnitAreAllowed() {
        assertThat(ByteSize.parse("  4M\t").bytes()).isEqualTo(4 * K * K);
        assertThat(ByteSize.parse("4 M").bytes()).isEqualTo(4 * K * K);
        assertThat(ByteSize.parse("4 MB").bytes()).isEqualTo(4 * K * K);
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        for (String bad : new String[] {"-1", "+1", "-1M", "1.5M", "1,5M", "1e6", "M", "B", "KB", "4MM", "4BM", "4T",
            "4 K B", "4M B", "4 000", "0x10", "lots", "unlimited", "١٢"}) {
            assertThatThrownBy(() -> ByteSize.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + bad.trim() + "'");
        }
    }

    @Test
    void emptyIsRefused() {
        assertThatThrownBy(() -> ByteSize.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ByteSize.parse("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ByteSize.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsRefusedNotWrapped() {
        // 2^63 - 1 bytes is the most; 8589934592G = 2^63 wraps to a negative long with plain multiplication
        assertThat(ByteSize.parse("8589934591G").bytes()).isEqualTo(8589934591L * K * K * K);
        assertThatThrownBy(() -> ByteSize.parse("8589934592G")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("8589934592G");
        assertThatThrownBy(() -> ByteSize.parse("99999999999999999999")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ByteSize.parse("9".repeat(1000))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyedFormNamesTheKeyAndTheValue() {
        assertThatThrownBy(() -> ByteSize.parse("limit.pdf-bytes", "1.5M")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("limit.pdf-bytes: ").hasMessageContaining("'1.5M'")
            .hasMessage("limit.pdf-bytes: not a size (bytes, or a number with K, M or G (binary), optionally followed by B,"
                + " like 4M): '1.5M' / limit.pdf-bytes: ikke en størrelse (bytes eller et tal med K, M eller G (binært),"
                + " evt. efterfulgt af B, fx 4M): '1.5M'");
        assertThat(ByteSize.parse("limit.pdf-bytes", "15M").bytes()).isEqualTo(15 * K * K);
    }

    @Test
    void aNegativeSizeCannotBeMade() {
        assertThatThrownBy(() -> new ByteSize(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The settings that take a size read it with this one grammar. */
    @Test
    void everySizeSettingUsesThisGrammar() {
        assertThat(RequestBodyLimit.parse("4mb").maxBytes()).isEqualTo(4 * K * K);
        assertThatThrownBy(() -> RequestBodyLimit.parse("+4M")).hasMessageContaining("'+4M'");
        assertThat(InvoiceConfig.parse(Map.of("limit.pdf-bytes", "2mb")).maxPdfBytes()).isEqualTo(2 * K * K);
        for (String key : new String[] {"limit.pdf-bytes", "limit.archive-bytes", "limit.archive-expanded"}) {
            for (String bad : new String[] {"-1", "+1M", "1.5M", "8589934592G", " "}) {
                assertThatThrownBy(() -> InvoiceConfig.parse(Map.of(key, bad))).as(key + "=" + bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(key + ": ");
            }
        }
    }
}
