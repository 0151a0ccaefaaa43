package org.councilassistant.core.staff;

/** Thrown when an account is created with a username that is already taken, in any case. */
public class StaffAccountExistsException extends RuntimeException {

    private final String username;

    public StaffAccountExistsException(String username) {
        super("A staff account named '" + username + "' already exists");
        this.username = username;
    }

    public String username() {
        return username;
    }
}
