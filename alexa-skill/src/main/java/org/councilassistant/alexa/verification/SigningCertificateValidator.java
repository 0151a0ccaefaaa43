package org.councilassistant.alexa.verification;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Accepts a signing certificate only if it is valid now, chains to a trusted root and names
 * {@code echo-api.amazon.com} among its subject alternative names.
 */
final class SigningCertificateValidator {

    static final String ALEXA_DNS_NAME = "echo-api.amazon.com";
    /** The {@code GeneralName} tag of a dNSName in {@link X509Certificate#getSubjectAlternativeNames()}. */
    private static final int DNS_NAME = 2;

    private final Set<TrustAnchor> trustAnchors;
    private final Clock clock;

    SigningCertificateValidator(Set<TrustAnchor> trustAnchors, Clock clock) {
        this.trustAnchors = trustAnchors;
        this.clock = clock;
    }

    /**
     * The first certificate of {@code chain}, once it has passed every check.
     *
     * @throws AlexaRequestRejectedException naming the first check it fails
     */
    X509Certificate validatedSigningCertificate(List<X509Certificate> chain) {
        if (chain == null || chain.isEmpty()) {
            throw new AlexaRequestRejectedException("signing certificate chain is empty");
        }
        X509Certificate signing = chain.get(0);
        Date now = Date.from(clock.instant());
        requireValidAt(signing, now);
        requireTrustedPath(chain, now);
        requireIssuedToAlexa(signing);
        return signing;
    }

    private static void requireValidAt(X509Certificate signing, Date now) {
        try {
            signing.checkValidity(now);
        } catch (CertificateExpiredException e) {
            throw new AlexaRequestRejectedException("signing certificate has expired");
        } catch (CertificateNotYetValidException e) {
            throw new AlexaRequestRejectedException("signing certificate is not yet valid");
        }
    }

    private void requireTrustedPath(List<X509Certificate> chain, Date now) {
        // A PKIX builder rather than a validator over the chain as sent: the file may end with a root, or with a
        // root cross-signed by another, and the builder finds whichever path reaches an anchor we trust.
        X509CertSelector signing = new X509CertSelector();
        signing.setCertificate(chain.get(0));
        try {
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, signing);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
            parameters.setDate(now);
            // Amazon does not ask for revocation checks, and they would need the network on every request.
            parameters.setRevocationEnabled(false);
            CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (CertPathBuilderException e) {
            throw new AlexaRequestRejectedException("signing certificate does not chain to a trusted root", e);
        } catch (GeneralSecurityException e) {
            throw new AlexaRequestRejectedException("signing certificate chain could not be checked", e);
        }
    }

    private static void requireIssuedToAlexa(X509Certificate signing) {
        Collection<List<?>> names;
        try {
            names = signing.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            throw new AlexaRequestRejectedException("signing certificate subject alternative names are malformed", e);
        }
        boolean issuedToAlexa = names != null && names.stream().anyMatch(
                name -> name.get(0).equals(DNS_NAME) && ALEXA_DNS_NAME.equalsIgnoreCase((String) name.get(1)));
        if (!issuedToAlexa) {
            throw new AlexaRequestRejectedException("signing certificate is not issued to " + ALEXA_DNS_NAME);
        }
    }
}
