package org.councilassistant.alexa.skill;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.deviceAddress.ShortAddress;
import com.amazon.ask.request.RequestHelper;

/**
 * The postcode of the resident's Echo, from the Alexa Device Address API (country and postcode only: all that a
 * bin day needs, and the least personal data). Called at the request's {@code apiEndpoint} with its
 * {@code apiAccessToken}, through the ASK SDK's own service client.
 */
public final class DevicePostcode {

    /** The permission the skill asks for on the consent card, as the skill manifest declares it. */
    public static final String PERMISSION = "read::alexa:device:all:address:country_and_postal_code";

    private static final Logger log = LoggerFactory.getLogger(DevicePostcode.class);
    private static final int FORBIDDEN = 403;

    /** What the lookup found. */
    public sealed interface Result permits Found, NoPermission, NotSet, Unavailable {
    }

    public record Found(String postcode) implements Result {
    }

    public record NoPermission() implements Result {
    }

    public record NotSet() implements Result {
    }

    public record Unavailable() implements Result {
    }

    public Result lookUp(HandlerInput input) {
        if (!hasConsent(input)) {
            return new NoPermission();
        }
        try {
            String deviceId = RequestHelper.forHandlerInput(input).getDeviceId();
            ShortAddress address = input.getServiceClientFactory().getDeviceAddressService()
                    .getCountryAndPostalCode(deviceId);
            return Optional.ofNullable(address).map(ShortAddress::getPostalCode)
                    .filter(postcode -> !postcode.isBlank())
                    .<Result>map(Found::new)
                    .orElseGet(NotSet::new);
        } catch (ServiceException e) {
            if (e.getStatusCode() == FORBIDDEN) {
                return new NoPermission();
            }
            log.warn("Device Address API answered {}", e.getStatusCode());
            return new Unavailable();
        } catch (RuntimeException e) {
            // The address service is on the network: a resident hears an apology, never a failure.
            log.warn("Device Address API call failed: {}", e.toString());
            return new Unavailable();
        }
    }

    private static boolean hasConsent(HandlerInput input) {
        var user = input.getRequestEnvelope().getContext().getSystem().getUser();
        return user != null && user.getPermissions() != null && user.getPermissions().getConsentToken() != null;
    }
}
