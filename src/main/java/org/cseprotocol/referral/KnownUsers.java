package org.cseprotocol.referral;

/** Tells whether a user id belongs to a user of the process engine, so that no task goes to an unknown user. */
@FunctionalInterface
interface KnownUsers {

    boolean contains(String userId);
}
