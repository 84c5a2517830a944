package org.spoofguard.mailets;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.mail.MessagingException;

import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.james.mailrepository.api.MailRepositoryPath;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.mailrepository.api.Protocol;
import org.apache.mailet.Mail;

/** In-memory store; its repositories keep copies of stored mails and can be told to fail. */
public final class FakeRepositoryStore implements MailRepositoryStore {
    public final Map<MailRepositoryUrl, Repo> repositories = new LinkedHashMap<>();
    public boolean failStore;
    public final List<MailRepositoryUrl> selected = new ArrayList<>();

    public final class Repo implements MailRepository {
        public final Map<MailKey, Mail> mails = new LinkedHashMap<>();

        @Override
        public long size() {
            return mails.size();
        }

        @Override
        public MailKey store(Mail mail) throws MessagingException {
            if (failStore) {
                throw new MessagingException("disk full");
            }
            MailKey key = MailKey.forMail(mail);
            mails.put(key, mail.duplicate());
            return key;
        }

        @Override
        public Iterator<MailKey> list() {
            return new ArrayList<>(mails.keySet()).iterator();
        }

        @Override
        public Mail retrieve(MailKey key) {
            return mails.get(key);
        }

        @Override
        public void remove(MailKey key) {
            mails.remove(key);
        }

        @Override
        public void removeAll() {
            mails.clear();
        }
    }

    @Override
    public MailRepository select(MailRepositoryUrl url) {
        selected.add(url);
        return repositories.computeIfAbsent(url, u -> new Repo());
    }

    @Override
    public Optional<Protocol> defaultProtocol() {
        return Optional.of(new Protocol("memory"));
    }

    @Override
    public Optional<MailRepository> get(MailRepositoryUrl url) {
        return Optional.ofNullable(repositories.get(url));
    }

    @Override
    public Stream<MailRepository> getByPath(MailRepositoryPath path) {
        return repositories.entrySet().stream().filter(e -> e.getKey().getPath().equals(path)).map(Map.Entry::getValue);
    }

    @Override
    public Stream<MailRepositoryUrl> getUrls() {
        return repositories.keySet().stream();
    }
}
