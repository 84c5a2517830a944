package org.spoofguard.server.imap;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

import org.spoofguard.core.net.IpNetwork;

/**
 * One IMAP server's connections counted per client network ({@link IpNetwork#clientBlock}: an IPv4 address, an IPv6
 * /64) and its connections that have not logged in yet, oldest first.
 *
 * <p>Why: James counts {@code connectionLimitPerIP} per exact address, and any IPv6 /64 holds 2^64 of them; and it
 * keeps a silent connection that never logs in for its minimum timeout of 30 minutes. So a client with a few addresses
 * could hold every slot of {@code connectionLimit} and lock all users out. Here a network gets at most
 * {@code perClient} connections, and when {@code unauthenticated} connections are waiting for a login a new one takes
 * the place of the oldest of them (Dovecot closes its oldest unauthenticated client the same way when its login
 * processes are full): a user who connects during such a flood is greeted and can log in, and logged-in users keep
 * their connections.
 */
final class ConnectionSlots<T> {
    /** What happened to a new connection: refused (its network is full), or admitted, maybe pushing out another. */
    record Admission<T>(boolean refused, Optional<T> evicted) {
    }

    private final int perClient;
    private final int unauthenticated;
    private final Map<IpNetwork, Integer> perNetwork = new HashMap<>();
    private final LinkedHashSet<T> waiting = new LinkedHashSet<>();

    /** {@code perClient} 0 means no per-network limit; {@code unauthenticated} must be positive. */
    ConnectionSlots(int perClient, int unauthenticated) {
        if (perClient < 0 || unauthenticated <= 0) {
            throw new IllegalArgumentException("perClient >= 0 and unauthenticated > 0 required");
        }
        this.perClient = perClient;
        this.unauthenticated = unauthenticated;
    }

    /** A new connection; unless refused it counts until {@link #closed} and waits until {@link #loggedIn}. */
    synchronized Admission<T> open(T connection, IpNetwork network) {
        int count = perNetwork.merge(network, 1, Integer::sum);
        if (perClient > 0 && count > perClient) {
            release(network);
            return new Admission<>(true, Optional.empty());
        }
        Optional<T> evicted = Optional.empty();
        if (waiting.size() >= unauthenticated) {
            Iterator<T> oldest = waiting.iterator();
            evicted = Optional.of(oldest.next());
            oldest.remove();
        }
        waiting.add(connection);
        return new Admission<>(false, evicted);
    }

    synchronized void loggedIn(T connection) {
        waiting.remove(connection);
    }

    /** An admitted connection has ended (logged in or not, evicted or not). */
    synchronized void closed(T connection, IpNetwork network) {
        waiting.remove(connection);
        release(network);
    }

    synchronized int waiting() {
        return waiting.size();
    }

    synchronized int connections(IpNetwork network) {
        return perNetwork.getOrDefault(network, 0);
    }

    private void release(IpNetwork network) {
        perNetwork.computeIfPresent(network, (k, v) -> v == 1 ? null : v - 1);
    }
}
