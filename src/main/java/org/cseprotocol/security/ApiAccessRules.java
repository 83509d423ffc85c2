package org.cseprotocol.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cseprotocol.identity.CseGroups;
import org.springframework.util.AntPathMatcher;

/**
 * Which groups may call each endpoint of the application API under {@code /api}. An endpoint without a rule is
 * open to administrators only, so that a new endpoint stays closed until someone decides who may use it.
 */
final class ApiAccessRules {

    /** Marks a rule that any logged-in user passes. */
    static final List<String> ANY_USER = List.of();

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    private static final List<Rule> RULES = List.of(
            new Rule("POST", "/api/referrals", CseGroups.REFERRAL_SENDERS),
            // The SIPPS request checks its own groups: social workers, team managers and case oversight.
            new Rule("POST", "/api/referrals/*/sipps-request", ANY_USER),
            new Rule("GET", "/api/referrals/**", union(CseGroups.REFERRAL_SENDERS, CseGroups.CASE_OVERSIGHT)),
            new Rule("GET", "/api/decision-overrides", union(CseGroups.CASE_OVERSIGHT, List.of(CseGroups.ADMIN))),
            new Rule("GET", "/api/deadlines", ANY_USER),
            // The record and the figures check their own groups, which are settings (cse.record.read-groups,
            // cse.record.write-groups, cse.reports.groups), so a borough can widen them without a release.
            new Rule("GET", "/api/cse-record", ANY_USER),
            new Rule("GET", "/api/cse-record/**", ANY_USER),
            new Rule("POST", "/api/cse-record", ANY_USER),
            new Rule("POST", "/api/cse-record/**", ANY_USER),
            new Rule("PATCH", "/api/cse-record/**", ANY_USER),
            new Rule("GET", "/api/reports/**", ANY_USER));

    private ApiAccessRules() {
    }

    /** Returns the groups that may call the endpoint, {@link #ANY_USER} for all, or empty when no rule matches. */
    static Optional<List<String>> groupsFor(String method, String path) {
        return RULES.stream()
                .filter(rule -> rule.method().equals(method) && MATCHER.match(rule.pattern(), path))
                .map(Rule::groups)
                .findFirst();
    }

    private static List<String> union(List<String> first, List<String> second) {
        List<String> groups = new ArrayList<>(first);
        second.stream().filter(group -> !groups.contains(group)).forEach(groups::add);
        return List.copyOf(groups);
    }

    private record Rule(String method, String pattern, List<String> groups) {
    }
}
