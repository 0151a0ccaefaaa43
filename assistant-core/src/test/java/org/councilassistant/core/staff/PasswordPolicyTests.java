package org.councilassistant.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveCharactersOrMore() {
        assertThat(PasswordPolicy.problem("correct horse")).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(72))).isEmpty();
    }

    @Test
    void refusesAMissingOrShortPassword() {
        assertThat(PasswordPolicy.problem(null)).contains("Enter a password");
        assertThat(PasswordPolicy.problem("")).contains("Enter a password");
        assertThat(PasswordPolicy.problem("x".repeat(11))).contains("Password must be at least 12 characters");
    }

    @Test
    void refusesAPasswordLongerThanBcryptReads() {
        assertThat(PasswordPolicy.problem("x".repeat(73))).get().asString().contains("no more than 72");
        assertThat(PasswordPolicy.problem("\u00e9".repeat(40))).isPresent();
    }
}
