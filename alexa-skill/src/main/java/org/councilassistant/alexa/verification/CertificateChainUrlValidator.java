package org.councilassistant.alexa.verification;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Amazon's rules for a {@code SignatureCertChainUrl}, applied to the normalised URL: scheme {@code https} and host
 * {@code s3.amazonaws.com} in any case, a path starting {@code /echo.api/} exactly (paths are case-sensitive), and
 * no port but 443.
 */
final class CertificateChainUrlValidator {

    private static final String SCHEME = "https";
    private static final String HOST = "s3.amazonaws.com";
    private static final int PORT = 443;
    private static final String PATH_PREFIX = "/echo.api/";

    private CertificateChainUrlValidator() {
    }

    /**
     * The URL to fetch the chain from, in canonical form ({@code https://s3.amazonaws.com/echo.api/...}) so that
     * spellings of one URL share one cache entry.
     *
     * @throws AlexaRequestRejectedException if the URL breaks a rule
     */
    static URI validated(String url) {
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new AlexaRequestRejectedException("certificate chain URL is malformed");
        }
        if (!SCHEME.equalsIgnoreCase(uri.getScheme())) {
            throw new AlexaRequestRejectedException("certificate chain URL must use https");
        }
        if (!HOST.equalsIgnoreCase(uri.getHost())) {
            throw new AlexaRequestRejectedException("certificate chain URL host must be s3.amazonaws.com");
        }
        if (uri.getPort() != -1 && uri.getPort() != PORT) {
            throw new AlexaRequestRejectedException("certificate chain URL port must be 443");
        }
        // The raw path, so that an encoded "/" or "." cannot pass the prefix test and mean something else to S3.
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(PATH_PREFIX)) {
            throw new AlexaRequestRejectedException("certificate chain URL path must start with /echo.api/");
        }
        // Amazon's URLs have none of these; refusing them keeps one certificate file to one URL and cache entry.
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new AlexaRequestRejectedException("certificate chain URL must not have user info, query or fragment");
        }
        return URI.create(SCHEME + "://" + HOST + path);
    }
}
