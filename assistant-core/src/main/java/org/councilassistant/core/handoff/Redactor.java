package org.councilassistant.core.handoff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes card numbers, email addresses and phone numbers from what residents type before it is stored or
 * shown, as UK GDPR and PCI DSS expect: the transcript keeps what was asked, not who asked it or how to pay.
 */
public final class Redactor {

    static final String CARD = "[card number removed]";
    static final String EMAIL = "[email removed]";
    static final String PHONE = "[phone number removed]";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** 13 to 19 digits, optionally grouped by spaces or hyphens. */
    private static final Pattern CARD_NUMBER = Pattern.compile("(?<![\\w-])\\d(?:[ -]?\\d){12,18}(?![\\w-])");
    /** UK numbers: 0 or +44 then 9 or 10 more digits, with the usual spaces, hyphens and brackets. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)[\\d\\s()-]{8,15}\\d(?!\\w)");

    public String redact(String text) {
        String withoutEmails = EMAIL_ADDRESS.matcher(text).replaceAll(EMAIL);
        String withoutCards = replaceMatching(CARD_NUMBER, withoutEmails, Redactor::isCardNumber, CARD);
        return replaceMatching(PHONE_NUMBER, withoutCards, Redactor::isPhoneNumber, PHONE);
    }

    private static String replaceMatching(Pattern pattern, String text, java.util.function.Predicate<String> test,
            String replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(test.test(matcher.group()) ? replacement : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The Luhn check, so that long reference numbers are not taken for cards. */
    static boolean isCardNumber(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return digits.length() >= 13 && sum % 10 == 0;
    }

    static boolean isPhoneNumber(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (candidate.startsWith("+44")) {
            digits = digits.substring(2);
            if (digits.startsWith("0")) {
                digits = digits.substring(1);
            }
            return digits.length() == 9 || digits.length() == 10;
        }
        return digits.length() == 10 || digits.length() == 11;
    }
}
