package org.spoofguard.it.support;

import java.util.concurrent.atomic.AtomicInteger;

import javax.mail.MessagingException;

import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;

/**
 * Test-only mailet: throws while switched on (an internal error at that point of the pipeline, which James's
 * default onMailetException sends to the error processor and so to var/mail/error/). Configured by a test's
 * patched mailetcontainer.xml, never by the bundled one.
 */
public class FailWhileSwitchedOn extends GenericMailet {
    public static final AtomicInteger FAILED = new AtomicInteger();
    private static volatile boolean on = true;

    public static void switchOn(boolean value) {
        on = value;
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (on) {
            FAILED.incrementAndGet();
            throw new MessagingException("test: internal error after the user's Sieve ran");
        }
    }
}
