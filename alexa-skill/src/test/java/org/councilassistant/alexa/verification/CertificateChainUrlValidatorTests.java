package org.councilassistant.alexa.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of valid and invalid URLs from Amazon's "Host a custom skill as a web service", and a few more. */
class CertificateChainUrlValidatorTests {

    private static final URI CANONICAL = URI.create("https://s3.amazonaws.com/echo.api/echo-api-cert.pem");

    @ParameterizedTest
    @CsvSource({
            // Amazon's valid examples
            "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
            // scheme and host compare without case
            "HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://S3.AmazonAWS.com/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/./echo-api-cert.pem"})
    void acceptsAndCanonicalisesUrlsThatFollowAmazonsRules(String url) {
        assertThat(CertificateChainUrlValidator.validated(url)).isEqualTo(CANONICAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Amazon's invalid examples
            "http://s3.amazonaws.com/echo.api/echo-api-cert.pem | must use https",
            "https://notamazon.com/echo.api/echo-api-cert.pem | host must be s3.amazonaws.com",
            "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem | path must start with /echo.api/",
            "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem | path must start with /echo.api/",
            "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem | port must be 443",
            // leaving /echo.api/ once normalised, or by an encoded separator
            "https://s3.amazonaws.com/echo.api/../invalid.path/x.pem | path must start with /echo.api/",
            "https://s3.amazonaws.com/echo.api%2F../invalid.path/x.pem | path must start with /echo.api/",
            "https://s3.amazonaws.com/echo.api | path must start with /echo.api/",
            // look-alike hosts, other ports and schemes, and parts Amazon's URLs never have
            "https://s3.amazonaws.com.evil.example/echo.api/x.pem | host must be s3.amazonaws.com",
            "https://evil.s3.amazonaws.com/echo.api/x.pem | host must be s3.amazonaws.com",
            "https://s3.amazonaws.com:80/echo.api/echo-api-cert.pem | port must be 443",
            "ftp://s3.amazonaws.com/echo.api/echo-api-cert.pem | must use https",
            "s3.amazonaws.com/echo.api/echo-api-cert.pem | must use https",
            "https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem | must not have user info, query or fragment",
            "https://s3.amazonaws.com/echo.api/echo-api-cert.pem?v=2 | must not have user info, query or fragment",
            "https://s3.amazonaws.com/echo.api/echo api.pem | is malformed"})
    void rejectsUrlsThatBreakAmazonsRules(String url, String reason) {
        assertThatThrownBy(() -> CertificateChainUrlValidator.validated(url))
                .isInstanceOf(AlexaRequestRejectedException.class)
                .hasMessage("certificate chain URL " + reason);
    }
}
