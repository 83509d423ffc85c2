package org.cseprotocol.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator that the {@code production} profile creates at start-up.
 *
 * @param userId the administrator's user id (default {@code admin}); environment variable {@code CSE_ADMIN_USER_ID}
 * @param password the administrator's password, from environment variable {@code CSE_ADMIN_PASSWORD}; the
 *     production profile refuses to start when it is missing or weak
 */
@ConfigurationProperties("cse.admin")
record AdminProperties(@DefaultValue("admin") String userId, String password) {

    @Override
    public String toString() {
        return "AdminProperties[userId=" + userId + ", password=(hidden)]";
    }
}
