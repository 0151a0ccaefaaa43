package org.councilassistant.alexa.verification;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A stand-in for Amazon's PKI: a self-signed root, an intermediate, and signing certificates issued by the
 * intermediate. Keys are RSA 2048 and everything is signed with SHA256withRSA, as Amazon's are.
 */
final class TestCertificateAuthority {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String ALEXA_DNS_NAME = "echo-api.amazon.com";

    private static final String ALGORITHM = "SHA256withRSA";
    private static final Duration A_YEAR = Duration.ofDays(365);
    private static final AtomicLong SERIALS = new AtomicLong(1);

    private final KeyPair rootKeys = rsaKeys();
    private final KeyPair intermediateKeys = rsaKeys();
    private final X509Certificate root;
    private final X509Certificate intermediate;

    TestCertificateAuthority(String name) {
        X500Name rootName = new X500Name("CN=" + name + " Root");
        root = certificate(rootName, rootKeys, rootName, rootKeys.getPublic(), NOW.minus(A_YEAR), NOW.plus(A_YEAR),
                Role.AUTHORITY, null);
        intermediate = certificate(rootName, rootKeys, new X500Name("CN=" + name + " Intermediate"),
                intermediateKeys.getPublic(), NOW.minus(A_YEAR), NOW.plus(A_YEAR), Role.AUTHORITY, null);
    }

    static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate for {@code keys} valid from {@code notBefore} to {@code notAfter}, issued by the intermediate. */
    X509Certificate signingCertificate(KeyPair keys, Instant notBefore, Instant notAfter, String dnsName) {
        return certificate(X500Name.getInstance(intermediate.getSubjectX500Principal().getEncoded()),
                intermediateKeys, new X500Name("CN=" + dnsName), keys.getPublic(), notBefore, notAfter,
                Role.SIGNING, dnsName);
    }

    /** A currently valid certificate for {@code keys} naming {@code echo-api.amazon.com}. */
    X509Certificate signingCertificate(KeyPair keys) {
        return signingCertificate(keys, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30)), ALEXA_DNS_NAME);
    }

    /** A certificate for {@code keys} naming {@code echo-api.amazon.com}, signed by those keys themselves. */
    static X509Certificate selfSignedSigningCertificate(KeyPair keys) {
        X500Name name = new X500Name("CN=" + ALEXA_DNS_NAME);
        return certificate(name, keys, name, keys.getPublic(), NOW.minus(A_YEAR), NOW.plus(A_YEAR), Role.SIGNING,
                ALEXA_DNS_NAME);
    }

    /** This authority's root as certified by {@code issuer}'s root, as roots are when they are cross-signed. */
    X509Certificate rootCrossSignedBy(TestCertificateAuthority issuer) {
        return certificate(X500Name.getInstance(issuer.root.getSubjectX500Principal().getEncoded()), issuer.rootKeys,
                X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), rootKeys.getPublic(),
                NOW.minus(A_YEAR), NOW.plus(A_YEAR), Role.AUTHORITY, null);
    }

    X509Certificate root() {
        return root;
    }

    X509Certificate intermediate() {
        return intermediate;
    }

    TrustAnchor trustAnchor() {
        return new TrustAnchor(root, null);
    }

    static String sign(byte[] body, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private enum Role { AUTHORITY, SIGNING }

    private static X509Certificate certificate(X500Name issuer, KeyPair issuerKeys, X500Name subject,
            PublicKey subjectKey, Instant notBefore, Instant notAfter, Role role, String dnsName) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.getAndIncrement()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKey)
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            if (role == Role.AUTHORITY) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                        .addExtension(Extension.keyUsage, true,
                                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .addExtension(Extension.subjectAlternativeName, false,
                                new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(ALGORITHM).build(issuerKeys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
