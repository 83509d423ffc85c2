package org.cseprotocol.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rule for the administrator's password in production: at least 12 characters, with an upper-case letter, a
 * lower-case letter, a digit and a symbol (any other character); not containing the user id; and not a common
 * password with digits, symbols or letter-for-digit swaps around it (such as {@code Passw0rd!2024}).
 */
final class AdminPasswordRule {

    static final int MIN_LENGTH = 12;
    static final String DESCRIPTION = "at least " + MIN_LENGTH + " characters with an upper-case letter, a "
            + "lower-case letter, a digit and a symbol, not the user id and not a common password";

    private static final Set<String> COMMON = Set.of("password", "passwort", "admin", "administrator", "camunda",
            "welcome", "letmein", "qwerty", "qwertyuiop", "changeme", "demo", "secret", "london", "southwark",
            "safeguarding", "monkey", "dragon", "iloveyou", "trustno", "abc", "abcdef", "football", "summer",
            "winter", "spring", "autumn", "sunshine", "master", "login", "test", "user", "default");

    private AdminPasswordRule() {
    }

    /** Returns what is wrong with the password, or an empty list when it is strong. */
    static List<String> problems(String password, String userId) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add("is missing");
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("has " + password.length() + " characters, fewer than " + MIN_LENGTH);
        }
        if (!hasEveryCharacterClass(password)) {
            problems.add("needs an upper-case letter, a lower-case letter, a digit and a symbol");
        }
        if (userId != null && password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
            problems.add("contains the user id");
        }
        if (isCommon(password)) {
            problems.add("is a common password with digits or symbols added");
        }
        return problems;
    }

    private static boolean hasEveryCharacterClass(String password) {
        return password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isLowerCase)
                && password.chars().anyMatch(Character::isDigit)
                && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    }

    /**
     * Returns whether the password's letters spell a common password. The check also reads the core of the password,
     * cut of leading and trailing digits and symbols, with digits as letters (0 as o, 1 as l, 3 as e, 4 and @ as a,
     * 5 and $ as s).
     */
    private static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^a-z]+|[^a-z]+$", "")
                .replace('0', 'o').replace('1', 'l').replace('3', 'e').replace('4', 'a').replace('@', 'a')
                .replace('5', 's').replace('$', 's');
        return Stream.of(lettersOf(lower), lettersOf(core), lettersOf(core).replace('l', 'i'))
                .anyMatch(letters -> letters.isEmpty() || COMMON.contains(letters));
    }

    private static String lettersOf(String text) {
        return text.replaceAll("[^a-z]", "");
    }
}
