package org.councilassistant.core.staffintent;

/** No intent staff added has this name (a bundled intent is not one: it cannot be changed from the console). */
public class StaffIntentNotFoundException extends RuntimeException {

    public StaffIntentNotFoundException(String name) {
        super("There is no intent added by staff called " + name);
    }
}
