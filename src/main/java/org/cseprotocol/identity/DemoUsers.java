package org.cseprotocol.identity;

import java.util.List;

/** Demo users for local use, one per role and named after it. The user ids are fixed by the protocol. */
final class DemoUsers {

    static final List<DemoUser> ALL = List.of(
            new DemoUser("duty.manager", "Duty", "Manager", List.of("mash-duty-manager")),
            new DemoUser("mash.manager", "MASH", "Manager", List.of("mash-manager")),
            new DemoUser("cse.lead", "CSE", "Lead", List.of("mash-cse-lead")),
            // Police in MASH also share police information during MAISy information sharing.
            new DemoUser("police.mash", "MASH", "Police", List.of("mash-police", "partner-police")),
            new DemoUser("police.set", "SET", "Officer", List.of("police-set")),
            new DemoUser("mash.socialcare", "MASH", "Social Care", List.of("mash-social-care")),
            new DemoUser("partner.health", "Partner", "Health", List.of("partner-health")),
            new DemoUser("partner.education", "Partner", "Education", List.of("partner-education")),
            new DemoUser("team.manager", "Team", "Manager", List.of("team-manager")),
            new DemoUser("social.worker", "Social", "Worker", List.of("social-worker")),
            new DemoUser("qau.lead", "QAU", "CSE Lead", List.of("qau-cse-lead")),
            new DemoUser("cp.coordinator", "CP", "Coordinator", List.of("cp-coordinator")),
            // Early Help receives step-downs and also shares information as a partner agency.
            new DemoUser("early.help", "Early", "Help", List.of("early-help", "partner-early-help")),
            new DemoUser("admin", "Demo", "Administrator", List.of(CseGroups.ADMIN)));

    private DemoUsers() {
    }

    record DemoUser(String id, String firstName, String lastName, List<String> groupIds) {

        String email() {
            return id + "@example.org";
        }
    }
}
