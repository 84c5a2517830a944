package org.spoofguard.server.console;

import javax.inject.Inject;

import org.apache.james.utils.GuiceProbe;

/** Lets the launcher and the tests find the console's real port (it may have been chosen by the OS). */
public class ConsoleProbe implements GuiceProbe {
    private final ConsoleServer console;

    @Inject
    public ConsoleProbe(ConsoleServer console) {
        this.console = console;
    }

    public int port() {
        return console.port();
    }

    public ConsoleServer console() {
        return console;
    }
}
