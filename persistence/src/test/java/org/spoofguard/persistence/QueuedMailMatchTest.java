package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.activemq.command.ActiveMQMessage;
import org.apache.activemq.filter.BooleanExpression;
import org.apache.activemq.filter.MessageEvaluationContext;
import org.apache.activemq.selector.SelectorParser;
import org.apache.james.queue.api.ManageableMailQueue.Type;
import org.apache.james.queue.jms.JMSSupport;
import org.junit.jupiter.api.Test;

/**
 * The selector that removes queued mails and the Java test that removes scheduled ones are one rule: for values an
 * attacker or an unlucky user can choose, the broker's own selector evaluation agrees with the Java test.
 */
class QueuedMailMatchTest {
    private static final List<String> VALUES = List.of("john_doe@example.org", "john-doe@example.org",
        "o'brien@example.com", "x'OR'a'='a'OR'b'='b@evil.test", "100%@example.org", "a\\b@example.org",
        "carol@example.org", "", "a@x;b@y", "%", "_@example.org", "'", "\\");
    private static final List<String> RECIPIENT_LISTS = List.of("john-doe@example.org", "john_doe@example.org",
        "john-doe@example.org;carol@example.org", "carol@example.org;john_doe@example.org;bob@example.net",
        "o'brien@example.com", "100%@example.org;a\\b@example.org", "a@x;b@y", "", "xcarol@example.org",
        "carol@example.orgx;y", "_@example.org");

    @Test
    void theSelectorRemovesExactlyTheMailsTheJavaRuleRemoves() throws Exception {
        int matched = 0;
        for (String value : VALUES) {
            for (String stored : RECIPIENT_LISTS) {
                for (Type type : Type.values()) {
                    boolean java = QueuedMailMatch.matches(type, value, stored, stored, stored);
                    boolean jms = QueuedMailMatch.selector(type, value).map(selector -> {
                        try {
                            return selects(selector, stored);
                        } catch (Exception e) {
                            throw new AssertionError("selector " + selector, e);
                        }
                    }).orElse(false);
                    assertThat(jms).as("%s %s against %s", type, value, stored).isEqualTo(java);
                    matched += java ? 1 : 0;
                }
            }
        }
        assertThat(matched).as("the cases include matches").isGreaterThan(10);
    }

    @Test
    void aRecipientMatchesAsOneWholeElementOfTheList() {
        String stored = "john-doe@example.org;carol@example.org";
        assertThat(QueuedMailMatch.matches(Type.Recipient, "carol@example.org", null, null, stored)).isTrue();
        assertThat(QueuedMailMatch.matches(Type.Recipient, "john_doe@example.org", null, null, stored)).isFalse();
        assertThat(QueuedMailMatch.matches(Type.Recipient, "arol@example.org", null, null, stored)).isFalse();
        assertThat(QueuedMailMatch.matches(Type.Recipient, stored, null, null, stored)).isFalse();
    }

    private static boolean selects(String selector, String stored) throws Exception {
        ActiveMQMessage message = new ActiveMQMessage();
        message.setStringProperty(JMSSupport.JAMES_MAIL_NAME, stored);
        message.setStringProperty(JMSSupport.JAMES_MAIL_SENDER, stored);
        message.setStringProperty(JMSSupport.JAMES_MAIL_RECIPIENTS, stored);
        BooleanExpression expression = SelectorParser.parse(selector);
        MessageEvaluationContext context = new MessageEvaluationContext();
        context.setMessageReference(message);
        return expression.matches(context);
    }
}
