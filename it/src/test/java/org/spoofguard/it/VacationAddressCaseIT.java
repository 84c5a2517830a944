package org.spoofguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spoofguard.it.support.JamesHarness;
import org.spoofguard.it.support.SpoofGuardJamesExtension;

/**
 * An out-of-office set through WebAdmin for an address written in other case is the user's one out-of-office (James's
 * users repository ignores case; our vacation store must key it the same way, or mail to alice consults a setting
 * the admin never sees).
 */
class VacationAddressCaseIT {
    static final String DOMAIN = "spoofguard.test";
    static final String ALICE = "alice@" + DOMAIN;

    @RegisterExtension
    static final SpoofGuardJamesExtension server = new SpoofGuardJamesExtension();

    static JamesHarness james;

    @BeforeAll
    static void provision() {
        james = server.harness();
        james.addDomain(DOMAIN).addUser(ALICE, "secret");
    }

    /**
     * WebAdmin accepts {@code /vacation/Alice@SpoofGuard.TEST} for user
     * alice; is it the same setting as {@code /vacation/alice@spoofguard.test}, the one mail to alice consults?
     */
    @Test
    void aVacationSetWithOtherCaseIsAlicesVacation() {
        String mixed = "Alice@SpoofGuard.TEST";
        int status = james.webadmin("POST", "/vacation/" + mixed, "{\"enabled\":true,\"subject\":\"Away case\",\"textBody\":\"x\"}")
            .statusCode();
        String lower = james.webadmin("GET", "/vacation/" + ALICE, null).body();
        String asSet = james.webadmin("GET", "/vacation/" + mixed, null).body();
        if (status / 100 == 2) {
            assertThat(lower).as("POST /vacation/%s answered %d; GET of it says %s; GET /vacation/%s says %s", mixed, status,
                asSet, ALICE, lower).contains("Away case");
        }
    }

}
