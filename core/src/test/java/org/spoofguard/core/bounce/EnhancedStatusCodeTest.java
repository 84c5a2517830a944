package org.spoofguard.core.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnhancedStatusCodeTest {
    @Test
    void parsesAWholeCode() {
        EnhancedStatusCode c = EnhancedStatusCode.parse("5.1.1").orElseThrow();
        assertThat(c.statusClass()).isEqualTo(5);
        assertThat(c.subject()).isEqualTo(1);
        assertThat(c.detail()).isEqualTo(1);
        assertThat(c.isFailure()).isTrue();
        assertThat(c).hasToString("5.1.1");
        assertThat(EnhancedStatusCode.parse("4.999.999").orElseThrow()).hasToString("4.999.999");
        assertThat(EnhancedStatusCode.parse("2.0.0").orElseThrow().isFailure()).isFalse();
        assertThat(EnhancedStatusCode.parse("5.0.0")).isPresent();
    }

    @Test
    void onlyClasses245() {
        // RFC 3463 §2: class = "2" / "4" / "5"
        assertThat(EnhancedStatusCode.parse("3.1.1")).isEmpty();
        assertThat(EnhancedStatusCode.parse("1.1.1")).isEmpty();
        assertThat(EnhancedStatusCode.parse("0.0.0")).isEmpty();
        assertThat(EnhancedStatusCode.parse("9.1.1")).isEmpty();
        assertThat(EnhancedStatusCode.findAll("ldap 3.1.1 said no")).isEmpty();
    }

    @Test
    void leadingZerosAreNotACode() {
        // RFC 3463 §2: "Each numeric sub-code within the status-code MUST be expressed without leading zero digits."
        assertThat(EnhancedStatusCode.parse("5.01.1")).isEmpty();
        assertThat(EnhancedStatusCode.parse("5.1.01")).isEmpty();
        assertThat(EnhancedStatusCode.parse("5.00.0")).isEmpty();
        assertThat(EnhancedStatusCode.parse("05.1.1")).isEmpty();
        assertThat(EnhancedStatusCode.atStart("5.01.1 bad", 0)).isEmpty();
        assertThat(EnhancedStatusCode.findAll("error 5.1.01 here")).isEmpty();
    }

    @Test
    void partsHaveAtMostThreeDigits() {
        assertThat(EnhancedStatusCode.parse("5.1000.1")).isEmpty();
        assertThat(EnhancedStatusCode.parse("5.1.1000")).isEmpty();
        assertThat(EnhancedStatusCode.atStart("5.1.1000 x", 0)).isEmpty();
        assertThat(EnhancedStatusCode.findAll("x 5.1234.1 y")).isEmpty();
        assertThat(EnhancedStatusCode.parse("5..1")).isEmpty();
        assertThat(EnhancedStatusCode.parse("5.1")).isEmpty();
        assertThat(EnhancedStatusCode.parse("")).isEmpty();
        assertThat(EnhancedStatusCode.parse(null)).isEmpty();
        assertThat(EnhancedStatusCode.parse(" 5.1.1")).isEmpty();
    }

    @Test
    void atStartNeedsTheCodeToEndThere() {
        assertThat(EnhancedStatusCode.atStart("5.2.2 mailbox full", 0).orElseThrow()).hasToString("5.2.2");
        assertThat(EnhancedStatusCode.atStart("550 5.1.1 unknown", 4).orElseThrow()).hasToString("5.1.1");
        assertThat(EnhancedStatusCode.atStart("5.1.1: unknown", 0)).isPresent();
        assertThat(EnhancedStatusCode.atStart("5.1.1", 0)).isPresent();
        // an IP address or a version number is not a status code
        assertThat(EnhancedStatusCode.atStart("5.1.1.9 refused", 0)).isEmpty();
        assertThat(EnhancedStatusCode.atStart("5.2.5.4.3", 0)).isEmpty();
        assertThat(EnhancedStatusCode.atStart("5.1.12", 0).orElseThrow()).hasToString("5.1.12");
        assertThat(EnhancedStatusCode.atStart("x 5.1.1", 0)).isEmpty();
        assertThat(EnhancedStatusCode.atStart("5.1.1", 9)).isEmpty();
    }

    @Test
    void findAllSkipsCodesEmbeddedInAddressesAndVersionNumbers() {
        assertThat(EnhancedStatusCode.findAll("host 192.5.1.1 refused")).isEmpty();
        assertThat(EnhancedStatusCode.findAll("host 5.1.1.9 refused")).isEmpty();
        assertThat(EnhancedStatusCode.findAll("failure in james 3.2.2.1 mailet")).isEmpty();
        assertThat(EnhancedStatusCode.findAll("version 1.2.5.4.3")).isEmpty();
        assertThat(EnhancedStatusCode.findAll("5.2.5.4.3")).isEmpty();
        assertThat(EnhancedStatusCode.findAll("550 5.7.1 see 10.0.0.1, then 4.2.2 (quota)"))
            .extracting(EnhancedStatusCode::toString).containsExactly("5.7.1", "4.2.2");
        assertThat(EnhancedStatusCode.findAll("(5.1.1)")).extracting(EnhancedStatusCode::toString).containsExactly("5.1.1");
        assertThat(EnhancedStatusCode.findAll(null)).isEmpty();
    }
}
