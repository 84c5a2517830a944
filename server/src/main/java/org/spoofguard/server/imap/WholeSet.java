package org.spoofguard.server.imap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.james.imap.api.message.IdRange;
import org.apache.james.mailbox.exception.MessageRangeException;
import org.apache.james.mailbox.model.MessageRange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The whole message set of one COPY or MOVE, carried in the Reactor context from the processor's request handling to
 * its {@code process} so that the first call does all of it in one store transaction and the later ones nothing.
 * James's {@code AbstractMessageRangeProcessor.handleRanges} (private, not to be extended) calls {@code process} once
 * per range of the request, each a transaction of its own: a failure on a later range left the earlier ones copied
 * or moved, where RFC 3501 §6.4.7 says an unsuccessful COPY MUST leave the destination as it was (RFC 6851 §3.3: MOVE
 * likewise). The request's ranges are validated before, so none of them can fail after the whole set is done.
 */
final class WholeSet {
    private final List<MessageRange> sets;
    private final AtomicBoolean done = new AtomicBoolean();

    private WholeSet(List<MessageRange> sets) {
        this.sets = List.copyOf(sets);
    }

    /** One range of the request as the selected mailbox resolves it (James's {@code messageRange}). */
    @FunctionalInterface
    interface Resolver {
        Optional<MessageRange> resolve(IdRange range) throws MessageRangeException;
    }

    /**
     * Every range of the request resolved before anything is copied or moved, or empty when one is invalid: the
     * request is then answered BAD having changed nothing (James copied the ranges before it).
     */
    static Optional<List<MessageRange>> resolve(IdRange[] ranges, Resolver resolver) {
        List<MessageRange> sets = new ArrayList<>();
        for (IdRange range : ranges) {
            Optional<MessageRange> set;
            try {
                set = resolver.resolve(range);
            } catch (MessageRangeException e) {
                return Optional.empty();
            }
            if (set.isEmpty()) {
                return Optional.empty();
            }
            sets.add(set.get());
        }
        return Optional.of(sets);
    }

    /** The context under which James's handling of one request finds {@code sets} ({@link #process}). */
    static Function<Context, Context> of(List<MessageRange> sets) {
        return context -> context.put(WholeSet.class, new WholeSet(sets));
    }

    /**
     * For one {@code process} call: {@code whole} on the whole set for the request's first range, nothing for the
     * others; {@code alone} (James's per-range way) when the request carries no whole set.
     */
    static Flux<MessageRange> process(Function<List<MessageRange>, Mono<List<MessageRange>>> whole,
                                      Supplier<Flux<MessageRange>> alone) {
        return Flux.deferContextual(context -> context.<WholeSet>getOrEmpty(WholeSet.class)
            .map(set -> set.done.compareAndSet(false, true)
                ? whole.apply(set.sets).flatMapIterable(Function.identity())
                : Flux.<MessageRange>empty())
            .orElseGet(alone));
    }
}
