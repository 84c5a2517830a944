package org.spoofguard.matchers.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;
import org.spoofguard.james.MailRecipientRecords;

class UserActionsPendingTest {
    @Test
    void matchesTheRecipientsWhoseActionsHaveNotRun() throws Exception {
        UserActionsPending matcher = new UserActionsPending();
        matcher.init(FakeMatcherConfig.builder().matcherName("UserActionsPending").build());
        Mail mail = FakeMail.builder().name("m").recipients("alice@ours.example", "bob@ours.example").build();
        assertThat(matcher.match(mail)).extracting(MailAddress::asString)
            .containsExactly("alice@ours.example", "bob@ours.example");

        MailRecipientRecords.add(mail, MailRecipientRecords.USER_ACTIONS_DONE, List.of(new MailAddress("alice@ours.example")));
        assertThat(matcher.match(mail)).extracting(MailAddress::asString).containsExactly("bob@ours.example");
    }

    @Test
    void aConditionStopsTheStart() {
        assertThatThrownBy(() -> new UserActionsPending().init(FakeMatcherConfig.builder()
            .matcherName("UserActionsPending").condition("x").build()))
            .hasMessageContaining("UserActionsPending").hasMessageContaining("no condition")
            .hasMessageContaining("kan ikke have en betingelse");
    }
}
