package org.spoofguard.mailets.dkim;

import java.util.List;

import org.apache.james.core.Domain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.domainlist.api.DomainListException;

/**
 * James's domain list, which also has the new domain's DKIM key made (and its DNS record logged) when a domain is
 * added: James 3.8.1 announces no added domain. The domain is added first and stays added whatever the key does
 * ({@link DkimKeyring#domainAdded} never throws; the key is then made at the first signed mail).
 */
public final class DkimKeyOnDomainAdd implements DomainList {
    private final DomainList domains;
    private final DkimKeyring keyring;

    public DkimKeyOnDomainAdd(DomainList domains, DkimKeyring keyring) {
        this.domains = domains;
        this.keyring = keyring;
    }

    @Override
    public void addDomain(Domain domain) throws DomainListException {
        domains.addDomain(domain);
        keyring.domainAdded(domain);
    }

    @Override
    public List<Domain> getDomains() throws DomainListException {
        return domains.getDomains();
    }

    @Override
    public boolean containsDomain(Domain domain) throws DomainListException {
        return domains.containsDomain(domain);
    }

    @Override
    public void removeDomain(Domain domain) throws DomainListException {
        domains.removeDomain(domain);
    }

    @Override
    public Domain getDefaultDomain() throws DomainListException {
        return domains.getDefaultDomain();
    }
}
