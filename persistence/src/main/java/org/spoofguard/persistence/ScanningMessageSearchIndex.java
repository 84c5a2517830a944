package org.spoofguard.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.inject.Inject;

import org.apache.james.mailbox.AttachmentContentLoader;
import org.apache.james.mailbox.MailboxManager.MessageCapabilities;
import org.apache.james.mailbox.MailboxManager.SearchCapabilities;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageUid;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.extractor.TextExtractor;
import org.apache.james.mailbox.model.ByteContent;
import org.apache.james.mailbox.model.Mailbox;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.SearchQuery;
import org.apache.james.mailbox.model.SearchQuery.ConjunctionCriterion;
import org.apache.james.mailbox.model.SearchQuery.Criterion;
import org.apache.james.mailbox.model.SearchQuery.UidCriterion;
import org.apache.james.mailbox.model.SearchQuery.UidRange;
import org.apache.james.mailbox.model.ThreadId;
import org.apache.james.mailbox.store.MailboxSessionMapperFactory;
import org.apache.james.mailbox.store.mail.MailboxMapper;
import org.apache.james.mailbox.store.mail.MessageMapper;
import org.apache.james.mailbox.store.mail.MessageMapper.FetchType;
import org.apache.james.mailbox.store.mail.model.MailboxMessage;
import org.apache.james.mailbox.store.mail.model.impl.PropertyBuilder;
import org.apache.james.mailbox.store.mail.model.impl.SimpleMailboxMessage;
import org.apache.james.mailbox.store.search.MessageSearchIndex;
import org.apache.james.mailbox.store.search.MessageSearches;
import org.apache.james.mailbox.store.search.SearchUtil;
import org.apache.james.mailbox.store.search.SimpleMessageSearchIndex;
import org.apache.james.mailbox.store.search.comparator.CombinedComparator;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.util.ReactorUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.common.annotations.VisibleForTesting;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Search by scanning the store, like James's {@link SimpleMessageSearchIndex} (no index to lose or rebuild), but
 * in memory bounded by a batch of messages, not by the folder.
 *
 * <p>James's scanner loads every message of the folder, bodies included, into one sorted set before testing any of
 * them: one {@code SEARCH BODY x} over a large folder holds the whole folder on the heap, so one user can exhaust
 * it. Here the folder is walked in UID batches through a mapper of its own whose JPA persistence context is closed
 * after each batch (the session's context would keep every body it lazily loaded), each message is tested with
 * James's own {@link MessageSearches} matching, and a hit keeps only its metadata plus, when the sort needs them,
 * the first Date/From/To/Cc/Subject header lines James's comparators read. A search that reads bodies holds
 * {@link #DEFAULT_BODY_BATCH_SIZE} message at a time (one message may be 50 MiB: a batch of them is what must
 * stay small), one that reads metadata or headers only {@link #DEFAULT_BATCH_SIZE}. Results, their order and
 * multi-mailbox limits are the same as James's scanner; memory now grows only with the number of hits times
 * their metadata, never with message or attachment size.
 */
public class ScanningMessageSearchIndex implements MessageSearchIndex {
    private static final Logger LOGGER = LoggerFactory.getLogger(ScanningMessageSearchIndex.class);
    /** Messages per store query when only metadata or headers are read: few queries, a few KiB each. */
    static final int DEFAULT_BATCH_SIZE = 64;
    /**
     * Messages per store query when bodies are read. Each body is loaded (whole, by JPA) while it is tested and
     * stays until its batch ends: one at a time bounds a search by the largest message, for one extra indexed
     * query per message beside the body's own.
     */
    static final int DEFAULT_BODY_BATCH_SIZE = 1;
    /** The headers James's sort comparators read (first occurrence each); nothing else of a hit is kept. */
    private static final Set<String> SORT_HEADERS = Set.of("date", "from", "to", "cc", "subject");
    private static final byte[] CRLF = {'\r', '\n'};

    private final MailboxSessionMapperFactory mapperFactory;
    private final TextExtractor textExtractor;
    private final AttachmentContentLoader attachmentContentLoader;
    private final int batchSize;
    private final int bodyBatchSize;

    @Inject
    public ScanningMessageSearchIndex(MailboxSessionMapperFactory mapperFactory, TextExtractor textExtractor,
                                      AttachmentContentLoader attachmentContentLoader) {
        this(mapperFactory, textExtractor, attachmentContentLoader, DEFAULT_BATCH_SIZE, DEFAULT_BODY_BATCH_SIZE);
    }

    @VisibleForTesting
    ScanningMessageSearchIndex(MailboxSessionMapperFactory mapperFactory, TextExtractor textExtractor,
                               AttachmentContentLoader attachmentContentLoader, int batchSize, int bodyBatchSize) {
        Preconditions.checkArgument(batchSize > 0, "batchSize must be positive, got %s", batchSize);
        Preconditions.checkArgument(bodyBatchSize > 0, "bodyBatchSize must be positive, got %s", bodyBatchSize);
        this.mapperFactory = mapperFactory;
        this.textExtractor = textExtractor;
        this.attachmentContentLoader = attachmentContentLoader;
        this.batchSize = batchSize;
        this.bodyBatchSize = bodyBatchSize;
    }

    @Override
    public EnumSet<SearchCapabilities> getSupportedCapabilities(EnumSet<MessageCapabilities> messageCapabilities) {
        // The same matching code as James's scanner, so the same capabilities.
        return EnumSet.of(SearchCapabilities.MultimailboxSearch,
            SearchCapabilities.Text,
            SearchCapabilities.Attachment,
            SearchCapabilities.PartialEmailMatch,
            SearchCapabilities.AttachmentFileName);
    }

    @Override
    public Flux<MessageUid> search(MailboxSession session, Mailbox mailbox, SearchQuery query) {
        Preconditions.checkArgument(session != null, "'session' is mandatory");
        return Mono.fromCallable(() -> sortedHits(session, List.of(mailbox), query))
            .flatMapMany(Flux::fromIterable)
            .map(MailboxMessage::getUid)
            .subscribeOn(ReactorUtils.BLOCKING_CALL_WRAPPER);
    }

    @Override
    public Flux<MessageId> search(MailboxSession session, Collection<MailboxId> mailboxIds, SearchQuery query,
                                  long limit) {
        MailboxMapper mailboxMapper = mapperFactory.getMailboxMapper(session);
        return Flux.fromIterable(mailboxIds)
            .concatMap(mailboxMapper::findMailboxById)
            .collectList()
            .flatMap(mailboxes -> Mono.fromCallable(() -> sortedHits(session, mailboxes, query)))
            .flatMapMany(Flux::fromIterable)
            .map(MailboxMessage::getMessageId)
            .filter(SearchUtil.distinct())
            .take(limit)
            .subscribeOn(ReactorUtils.BLOCKING_CALL_WRAPPER);
    }

    /** Hits of every mailbox in mailbox then UID order, stably sorted as the query asks (as James's scanner does). */
    private List<MailboxMessage> sortedHits(MailboxSession session, List<Mailbox> mailboxes, SearchQuery query)
            throws MailboxException {
        List<MailboxMessage> hits = new ArrayList<>();
        for (Mailbox mailbox : mailboxes) {
            hits.addAll(hits(session, mailbox, query));
        }
        hits.sort(CombinedComparator.create(query.getSorts()));
        return hits;
    }

    private Collection<MailboxMessage> hits(MailboxSession session, Mailbox mailbox, SearchQuery query)
            throws MailboxException {
        MessageSearches matcher = new MessageSearches(ImmutableList.<MailboxMessage>of().iterator(), query,
            textExtractor, attachmentContentLoader, session);
        FetchType fetchType = maxFetchType(fetchTypeForCriteria(query.getCriteria()), fetchTypeForSorts(query.getSorts()));
        boolean keepHeaders = fetchTypeForSorts(query.getSorts()) != FetchType.METADATA;
        int limit = fetchType == FetchType.FULL ? bodyBatchSize : batchSize;
        // Keyed by UID: overlapping UID ranges must not report a message twice.
        Map<MessageUid, MailboxMessage> hits = new TreeMap<>();
        for (MessageRange range : rangesToScan(query.getCriteria())) {
            MessageUid from = range.getUidFrom();
            MessageUid to = range.getUidTo();
            while (true) {
                Batch batch = scanBatch(session, mailbox, MessageRange.range(from, to), fetchType, limit, matcher,
                    query, keepHeaders);
                batch.hits().forEach(hit -> hits.put(hit.getUid(), hit));
                if (batch.scanned() < limit || batch.lastUid().isEmpty()
                    || batch.lastUid().get().compareTo(to) >= 0) {
                    break;
                }
                from = batch.lastUid().get().next();
            }
        }
        return hits.values();
    }

    private record Batch(List<MailboxMessage> hits, int scanned, Optional<MessageUid> lastUid) {
    }

    /**
     * At most {@code limit} messages of {@code range}, through a mapper of their own: closing it drops the
     * persistence context, and with it every body JPA loaded lazily while matching.
     */
    private Batch scanBatch(MailboxSession session, Mailbox mailbox, MessageRange range, FetchType fetchType,
                            int limit, MessageSearches matcher, SearchQuery query, boolean keepHeaders)
            throws MailboxException {
        MessageMapper mapper = mapperFactory.createMessageMapper(session);
        try {
            Iterator<MailboxMessage> messages = mapper.findInMailbox(mailbox, range, fetchType, limit);
            List<MailboxMessage> hits = new ArrayList<>();
            int scanned = 0;
            MessageUid last = null;
            while (messages.hasNext()) {
                MailboxMessage message = messages.next();
                scanned++;
                last = message.getUid();
                if (matches(matcher, query, message)) {
                    hits.add(sortKeysOf(message, keepHeaders));
                }
            }
            return new Batch(hits, scanned, Optional.ofNullable(last));
        } finally {
            mapper.endRequest();
        }
    }

    /** James's top-level semantics (MessageSearches.isMatch(MailboxMessage), private there): all criteria, AND. */
    private static boolean matches(MessageSearches matcher, SearchQuery query, MailboxMessage message) {
        try {
            for (Criterion criterion : query.getCriteria()) {
                if (!matcher.isMatch(criterion, message, query.getRecentMessageUids())) {
                    return false;
                }
            }
            return true;
        } catch (MailboxException e) {
            // As James's scanner: a message that cannot be parsed is not a hit, and does not fail the search.
            LOGGER.error("Unable to search message {}", message.getUid(), e);
            return false;
        }
    }

    /**
     * What James's sort comparators read of a hit and nothing more: metadata (UID, size, dates, message id) and,
     * only when the sort needs headers, the first Date/From/To/Cc/Subject field verbatim.
     */
    @VisibleForTesting
    static MailboxMessage sortKeysOf(MailboxMessage message, boolean keepHeaders) throws MailboxException {
        byte[] header = keepHeaders ? sortHeaders(message) : new byte[0];
        ThreadId threadId = Optional.ofNullable(message.getThreadId())
            .orElseGet(() -> ThreadId.fromBaseMessageId(message.getMessageId()));
        return SimpleMailboxMessage.builder()
            .messageId(message.getMessageId())
            .threadId(threadId)
            .uid(message.getUid())
            .modseq(message.getModSeq())
            // Copies: OpenJPA hands out proxied Dates that point back to their entity, body and all.
            .internalDate(new Date(message.getInternalDate().getTime()))
            .saveDate(message.getSaveDate().map(date -> new Date(date.getTime())))
            .size(message.getFullContentOctets())
            .bodyStartOctet(header.length)
            .content(new ByteContent(header))
            .flags(message.createFlags())
            .properties(new PropertyBuilder())
            .mailboxId(message.getMailboxId())
            .build();
    }

    private static byte[] sortHeaders(MailboxMessage message) {
        Map<String, byte[]> firstFields = new TreeMap<>();
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentHandler(new AbstractContentHandler() {
            @Override
            public void endHeader() {
                parser.stop();
            }

            @Override
            public void field(Field field) {
                String name = field.getName().toLowerCase(Locale.US);
                if (SORT_HEADERS.contains(name) && !firstFields.containsKey(name)) {
                    // The raw bytes, so James's header parser reads back exactly the value it would have read.
                    firstFields.put(name, field instanceof RawField raw
                        ? raw.getRaw().toByteArray()
                        : (field.getName() + ": " + field.getBody()).getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        try (InputStream headers = message.getHeaderContent()) {
            parser.parse(headers);
        } catch (IOException | MimeException e) {
            // James's comparators treat unreadable headers as empty values; so do we.
            LOGGER.warn("Cannot read the sort headers of message {}", message.getUid(), e);
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] field : firstFields.values()) {
            out.writeBytes(field);
            out.writeBytes(CRLF);
        }
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    /**
     * The UID ranges a query can match: those of a {@link UidCriterion} the query ANDs in (top level or nested AND),
     * else the whole folder. Only a narrowing: the criterion is still tested on every message. Unlike James's
     * scanner, OR and NOT branches are not taken for such a narrowing ({@code NOT UID 1:5} would otherwise only
     * look at 1:5).
     */
    @VisibleForTesting
    static List<MessageRange> rangesToScan(List<Criterion> criteria) {
        return andedUidCriterion(criteria)
            .map(uid -> {
                List<MessageRange> ranges = new ArrayList<>();
                for (UidRange r : uid.getOperator().getRange()) {
                    ranges.add(MessageRange.range(r.getLowValue(), r.getHighValue()));
                }
                return ranges;
            })
            .orElseGet(() -> List.of(MessageRange.range(MessageUid.MIN_VALUE, MessageUid.MAX_VALUE)));
    }

    private static Optional<UidCriterion> andedUidCriterion(List<Criterion> criteria) {
        for (Criterion criterion : criteria) {
            if (criterion instanceof UidCriterion uid) {
                return Optional.of(uid);
            }
            if (criterion instanceof ConjunctionCriterion conjunction
                && conjunction.getType() == SearchQuery.Conjunction.AND) {
                Optional<UidCriterion> nested = andedUidCriterion(conjunction.getCriteria());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    // The fetch-type choice is James's (SimpleMessageSearchIndex, private there).
    private static FetchType fetchTypeForCriteria(List<Criterion> criteria) {
        return criteria.stream()
            .map(ScanningMessageSearchIndex::fetchTypeForCriterion)
            .reduce(ScanningMessageSearchIndex::maxFetchType)
            .orElse(FetchType.METADATA);
    }

    private static FetchType fetchTypeForCriterion(Criterion criterion) {
        if (criterion instanceof ConjunctionCriterion conjunction) {
            return fetchTypeForCriteria(conjunction.getCriteria());
        }
        if (criterion instanceof SearchQuery.AllCriterion || criterion instanceof SearchQuery.TextCriterion
            || criterion instanceof SearchQuery.AttachmentCriterion) {
            return FetchType.FULL;
        }
        if (criterion instanceof SearchQuery.HeaderCriterion || criterion instanceof SearchQuery.MimeMessageIDCriterion
            || criterion instanceof SearchQuery.SubjectCriterion) {
            return FetchType.HEADERS;
        }
        return FetchType.METADATA;
    }

    private static FetchType fetchTypeForSorts(List<SearchQuery.Sort> sorts) {
        FetchType result = FetchType.METADATA;
        for (SearchQuery.Sort sort : sorts) {
            switch (sort.getSortClause()) {
                case Arrival, Size, Uid, Id -> { }
                default -> result = FetchType.HEADERS;
            }
        }
        return result;
    }

    private static FetchType maxFetchType(FetchType a, FetchType b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
