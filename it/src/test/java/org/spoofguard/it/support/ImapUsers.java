package org.spoofguard.it.support;

import java.io.IOException;
import java.util.function.Consumer;

import org.apache.james.utils.TestIMAPClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The IMAP session set-up of the IMAP end-to-end tests, once: one SpoofGuard James per test class (as
 * {@link SpoofGuardJamesExtension}, the configurer run before the start) with two users of one domain, alice and
 * bob, both with {@link #PASSWORD}; their sessions come from {@link #login} or {@link JamesHarness#imapsSession}.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ImapUsers users = new ImapUsers("spoofguard.test", h -&gt; h.patch(...));
 * </pre>
 */
public final class ImapUsers implements BeforeAllCallback, AfterAllCallback {
    public static final String PASSWORD = "secret";

    private final SpoofGuardJamesExtension server;
    private final String domain;
    private final String alice;
    private final String bob;

    public ImapUsers(String domain, Consumer<JamesHarness> configurer) {
        this.server = new SpoofGuardJamesExtension(configurer);
        this.domain = domain;
        this.alice = "alice@" + domain;
        this.bob = "bob@" + domain;
    }

    public ImapUsers(String domain) {
        this(domain, harness -> { });
    }

    public String alice() {
        return alice;
    }

    public String bob() {
        return bob;
    }

    public JamesHarness james() {
        return server.harness();
    }

    /** {@code user} logged in over IMAPS, INBOX selected ({@link JamesHarness#imap}). */
    public TestIMAPClient login(String user) throws IOException {
        return james().imap(user, PASSWORD);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server.beforeAll(context);
        james().addDomain(domain).addUser(alice, PASSWORD).addUser(bob, PASSWORD);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.afterAll(context);
    }
}
