package org.councilassistant.core.service.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.messages.AssistantMessages;

/** How the assistant tells a resident to reach a person: the number, and whether anyone is answering now. */
public final class ContactCentreReplies {

    /** Beyond this, "on Monday" would be ambiguous, so the date is given too. */
    private static final int DAYS_NAMED_BY_WEEKDAY_ONLY = 6;

    private final ContactCentre contactCentre;

    public ContactCentreReplies(ContactCentre contactCentre) {
        this.contactCentre = contactCentre;
    }

    public BotResponse offerPerson(AssistantMessages messages, LocalDate today) {
        ContactCentreStatus status = contactCentre.status();
        String text;
        if (status instanceof ContactCentreStatus.Open open) {
            text = messages.text("person.open", contactCentre.phone(), clockTime(open.closes()));
        } else if (status instanceof ContactCentreStatus.Closed closed) {
            text = messages.text("person.closed", contactCentre.phone(), whenOpens(closed.opens(), today, messages),
                    contactCentre.emergencyPhone());
        } else {
            text = messages.text("person.unstaffed", contactCentre.phone(), contactCentre.emergencyPhone());
        }
        return BotResponse.say(text).offeringHandoff();
    }

    /** "today at 8:30am", "tomorrow at 8:30am", "on Monday at 8:30am". */
    public static String whenOpens(LocalDateTime opens, LocalDate today, AssistantMessages messages) {
        long days = ChronoUnit.DAYS.between(today, opens.toLocalDate());
        String time = clockTime(opens.toLocalTime());
        if (days == 0) {
            return messages.text("contact.opensToday", time);
        }
        if (days == 1) {
            return messages.text("contact.opensTomorrow", time);
        }
        String pattern = days <= DAYS_NAMED_BY_WEEKDAY_ONLY ? "EEEE" : messages.text("date.pattern");
        String day = DateTimeFormatter.ofPattern(pattern, messages.locale()).format(opens);
        return messages.text("contact.opensOn", day, time);
    }

    /** "8:30am", "5pm", "12pm": how British council websites write times. */
    static String clockTime(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : ":%02d".formatted(time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }
}
