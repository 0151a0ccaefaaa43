package org.councilassistant.alexa.http;

import java.nio.charset.StandardCharsets;

import org.councilassistant.alexa.config.AlexaProperties;
import org.councilassistant.alexa.verification.AlexaHttpRequest;
import org.councilassistant.alexa.verification.AlexaRequestRejectedException;
import org.councilassistant.alexa.verification.AlexaRequestVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.amazon.ask.Skill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.util.JacksonSerializer;

/**
 * {@code POST /alexa}: the skill's HTTPS endpoint. It reads the raw body (the signature covers its exact
 * bytes), verifies the request, and hands it to the ASK SDK. The SDK's model classes are read and written with
 * the SDK's own Jackson 2 serializer, never Spring's.
 */
@RestController
public class AlexaController {

    static final String CERT_CHAIN_URL_HEADER = "SignatureCertChainUrl";
    static final String SIGNATURE_256_HEADER = "Signature-256";

    private static final Logger log = LoggerFactory.getLogger(AlexaController.class);

    private final Skill skill;
    private final AlexaRequestVerifier verifier;
    private final boolean verify;
    private final JacksonSerializer serializer = new JacksonSerializer();

    public AlexaController(Skill skill, AlexaRequestVerifier verifier, AlexaProperties properties) {
        this.skill = skill;
        this.verifier = verifier;
        this.verify = properties.verifySignatures();
    }

    @PostMapping(path = "/alexa", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> handle(@RequestBody byte[] body,
            @RequestHeader(name = CERT_CHAIN_URL_HEADER, required = false) String certChainUrl,
            @RequestHeader(name = SIGNATURE_256_HEADER, required = false) String signature) {
        if (verify) {
            verifier.verify(new AlexaHttpRequest(body, certChainUrl, signature));
        }
        RequestEnvelope request = read(body);
        ResponseEnvelope response = skill.invoke(request);
        if (response == null) {
            // The SDK answers nothing to a request whose application id is not the configured skill id.
            return problem("Alexa request refused", "The request is not for this skill");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(serializer.serialize(response).getBytes(StandardCharsets.UTF_8));
    }

    private RequestEnvelope read(byte[] body) {
        try {
            RequestEnvelope envelope = serializer.deserialize(new String(body, StandardCharsets.UTF_8),
                    RequestEnvelope.class);
            if (envelope == null || envelope.getRequest() == null) {
                throw new NotAnAlexaRequestException("The body has no Alexa request");
            }
            return envelope;
        } catch (AskSdkException e) {
            throw new NotAnAlexaRequestException("The body is not an Alexa request envelope");
        }
    }

    @ExceptionHandler(AlexaRequestRejectedException.class)
    ResponseEntity<?> rejected(AlexaRequestRejectedException e) {
        log.warn("Alexa request refused: {}", e.getMessage());
        return problem("Alexa request not verified", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> noBody() {
        return problem("Not an Alexa request", "The request has no body");
    }

    @ExceptionHandler(NotAnAlexaRequestException.class)
    ResponseEntity<ProblemDetail> notAnAlexaRequest(NotAnAlexaRequestException e) {
        return problem("Not an Alexa request", e.getMessage());
    }

    @ExceptionHandler(AskSdkException.class)
    ResponseEntity<ProblemDetail> refusedBySdk(AskSdkException e) {
        // The SDK refuses requests for another skill id, and requests no handler can take.
        log.warn("Alexa request refused by the ASK SDK: {}", e.getMessage());
        return problem("Alexa request refused", "The request is not for this skill");
    }

    private static ResponseEntity<ProblemDetail> problem(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The body parsed, but is not the JSON Alexa sends. */
    static final class NotAnAlexaRequestException extends RuntimeException {
        NotAnAlexaRequestException(String message) {
            super(message);
        }
    }
}
