package org.cseprotocol.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * Settings of the demo users, which exist only outside the {@code production} profile.
 *
 * @param enabled whether start-up creates the missing demo groups, users and memberships (default true)
 * @param password the password of each demo user created (default {@code demo}). Environment variable
 *     {@code CSE_DEMO_PASSWORD} sets it by Spring's relaxed binding. Users that already exist keep their password.
 */
@Validated
@ConfigurationProperties("cse.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("demo") @NotBlank String password) {
}
