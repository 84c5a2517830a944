package org.spoofguard.server.console;

import javax.inject.Singleton;

/**
 * The one lock under which a held mail is released, reprocessed or deleted, shared by the console
 * ({@link HeldMailService}) and James's WebAdmin reprocessing ({@link LockedReprocessingService}). A release is
 * "read the mail, put it in the spool, remove it from the repository": two of them interleaved both read the mail
 * before either removes it, and the mail is delivered twice.
 */
@Singleton
public final class HeldMailLock {
    private final Object monitor = new Object();

    /** The monitor to synchronize on (a Java monitor: the same thread may take it again). */
    public Object monitor() {
        return monitor;
    }
}
