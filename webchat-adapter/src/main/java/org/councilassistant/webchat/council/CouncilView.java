package org.councilassistant.webchat.council;

import java.util.Locale;

import org.councilassistant.core.council.Council;

/**
 * The council as pages and the widget show it: its names, contact centre number (and {@code tel:} link), website,
 * privacy notice, accessibility statement, logo and brand colour. The widget reads it from
 * {@code /api/chat/council}; every page has it as the model attribute {@code council}.
 *
 * @param welsh the names in Welsh
 * @param logoUrl an https URL, {@value CouncilLogoController#PATH} when the logo is a file, or null for none
 */
public record CouncilView(String name, String shortName, Names welsh, String phone, String phoneHref,
        String website, String websiteName, String privacyNoticeUrl, String accessibilityStatementUrl,
        String logoUrl, String brandColour) {

    /** A council's full and short name in one language. */
    public record Names(String name, String shortName) {
    }

    static CouncilView of(Council council) {
        return new CouncilView(council.name(), council.shortName(),
                new Names(council.welshName(), council.welshShortName()), council.phone(), council.phoneHref(),
                council.website().toString(), council.websiteName(), council.privacyNotice().toString(),
                ResidentPages.ACCESSIBILITY, logoUrl(council.logo()), council.brandColour());
    }

    /** True when the logo setting is a web address rather than a file the server serves. */
    static boolean isWebAddress(String logo) {
        String lower = logo.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String logoUrl(String logo) {
        if (logo == null || logo.isBlank()) {
            return null;
        }
        return isWebAddress(logo) ? logo : CouncilLogoController.PATH;
    }
}
