package org.councilassistant.core.service.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.councilassistant.core.calendar.BankHolidays;

/**
 * The council's contact centre: its phone numbers and whether people are answering right now, so that the
 * assistant can say "it's open now until 5pm" or "it opens again tomorrow at 8:30am". Closed on bank holidays.
 */
public final class ContactCentre {

    /** How far ahead to look for the next opening: covers Christmas and New Year with a long weekend. */
    private static final int DAYS_TO_SEARCH = 14;

    private final String phone;
    private final String emergencyPhone;
    private final OpeningHours hours;
    private final BankHolidays bankHolidays;
    private final Clock clock;

    public ContactCentre(String phone, String emergencyPhone, OpeningHours hours, BankHolidays bankHolidays,
            Clock clock) {
        this.phone = phone;
        this.emergencyPhone = emergencyPhone;
        this.hours = hours;
        this.bankHolidays = bankHolidays;
        this.clock = clock;
    }

    public String phone() {
        return phone;
    }

    public String emergencyPhone() {
        return emergencyPhone;
    }

    public ContactCentreStatus status() {
        return statusAt(LocalDateTime.now(clock));
    }

    ContactCentreStatus statusAt(LocalDateTime now) {
        Optional<OpeningHours.Times> today = hoursOn(now.toLocalDate());
        if (today.isPresent() && today.get().includes(now.toLocalTime())) {
            return new ContactCentreStatus.Open(today.get().closes());
        }
        return nextOpening(now).<ContactCentreStatus>map(ContactCentreStatus.Closed::new)
                .orElseGet(ContactCentreStatus.Unstaffed::new);
    }

    private Optional<LocalDateTime> nextOpening(LocalDateTime now) {
        for (int offset = 0; offset <= DAYS_TO_SEARCH; offset++) {
            LocalDate day = now.toLocalDate().plusDays(offset);
            Optional<OpeningHours.Times> times = hoursOn(day);
            if (times.isPresent() && (offset > 0 || now.toLocalTime().isBefore(times.get().opens()))) {
                return Optional.of(day.atTime(times.get().opens()));
            }
        }
        return Optional.empty();
    }

    private Optional<OpeningHours.Times> hoursOn(LocalDate day) {
        return bankHolidays.isBankHoliday(day) ? Optional.empty() : hours.on(day.getDayOfWeek());
    }
}
