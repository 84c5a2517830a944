package org.spoofguard.it.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.mail.MessagingException;

import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;

/**
 * Test-only mailet: holds each mail in its spooler thread until the test releases it (at most two minutes), so a
 * test can change the world (cut the database) at an exact point of the pipeline without racing the spooler.
 * Configured by a test's patched mailetcontainer.xml, never by the bundled one.
 */
public class HoldMail extends GenericMailet {
    public static final AtomicInteger HELD = new AtomicInteger();
    private static volatile CountDownLatch release = new CountDownLatch(1);

    /** Lets every held mail (and every later one) go on. */
    public static void releaseAll() {
        release.countDown();
    }

    /** Holds mails again from now on. */
    public static void reset() {
        HELD.set(0);
        release = new CountDownLatch(1);
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        HELD.incrementAndGet();
        try {
            release.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
