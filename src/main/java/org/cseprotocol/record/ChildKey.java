package org.cseprotocol.record;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Identifies a child on the central CSE record. Referrals carry no child id, so the key is made of first name,
 * last name and date of birth, each name in lower case without accents, spaces, hyphens or apostrophes:
 * "Zoë O'Neil-Smith" born 2011-01-10 is {@code zoe|oneilsmith|2011-01-10}.
 *
 * <p>NOTE: a changed name, a misspelling or a wrong date of birth gives a second entry for the same child; the
 * CSE lead sees both in the list and closes the duplicate with a reason.
 */
record ChildKey(String value) {

    static ChildKey of(String firstName, String lastName, LocalDate dateOfBirth) {
        String first = normalise(firstName);
        String last = normalise(lastName);
        if (first.isEmpty() || last.isEmpty() || dateOfBirth == null) {
            throw new IllegalArgumentException("A child on the CSE record needs a first name, a last name and a "
                    + "date of birth");
        }
        return new ChildKey(first + "|" + last + "|" + dateOfBirth);
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
