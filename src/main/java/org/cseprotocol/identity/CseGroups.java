package org.cseprotocol.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;

/**
 * The Camunda groups of the protocol, and the sets of groups that share an access rule. The security package grants
 * Camunda authorizations and API access from these sets.
 */
public final class CseGroups {

    public static final String ADMIN = Groups.CAMUNDA_ADMIN;
    public static final String DUTY_MANAGER = "mash-duty-manager";
    public static final String MASH_MANAGER = "mash-manager";
    public static final String CSE_LEAD = "mash-cse-lead";
    public static final String MASH_POLICE = "mash-police";
    public static final String EARLY_HELP = "early-help";
    /** The group of system accounts, such as a referrer system, that send referrals and do nothing else. */
    public static final String REFERRAL_INTAKE = "referral-intake";
    public static final String PARTNER_PREFIX = "partner-";

    /** Groups that use Cockpit as well as Tasklist, because managers follow running cases and overdue work there. */
    static final List<String> COCKPIT_USERS = List.of(MASH_MANAGER, CSE_LEAD, ADMIN);

    /** Groups that may read every case, read-only: the MASH manager and the CSE lead oversee all cases. */
    public static final List<String> CASE_OVERSIGHT = List.of(MASH_MANAGER, CSE_LEAD);

    /** Groups that may send referrals to {@code POST /api/referrals}. */
    public static final List<String> REFERRAL_SENDERS = List.of(DUTY_MANAGER, MASH_POLICE, REFERRAL_INTAKE, ADMIN);

    static final List<CseGroup> ALL = List.of(
            new CseGroup(DUTY_MANAGER, "MASH Duty Managers"),
            new CseGroup(MASH_MANAGER, "MASH Managers"),
            new CseGroup(CSE_LEAD, "CSE MASH lead"),
            new CseGroup(MASH_POLICE, "Police officers in MASH"),
            new CseGroup("police-set", "MPS Sexual Exploitation Team"),
            new CseGroup("mash-social-care", "MASH social care"),
            new CseGroup("partner-police", "Partner agency: police"),
            new CseGroup("partner-health", "Partner agency: health"),
            new CseGroup("partner-education", "Partner agency: education"),
            new CseGroup("partner-youth-offending", "Partner agency: youth offending"),
            new CseGroup("partner-housing", "Partner agency: housing"),
            new CseGroup("partner-early-help", "Partner agency: early help"),
            new CseGroup("partner-voluntary-sector", "Partner agency: voluntary sector"),
            new CseGroup("partner-other", "Partner agency: other"),
            new CseGroup("team-manager", "Practice group managers"),
            new CseGroup("social-worker", "Social workers"),
            new CseGroup("qau-cse-lead", "Quality Assurance Unit CSE leads"),
            new CseGroup("cp-coordinator", "CP Coordinators"),
            new CseGroup(EARLY_HELP, "Early Help service"),
            new CseGroup(ADMIN, "Camunda administrators"),
            new CseGroup(REFERRAL_INTAKE, "Referral intake system accounts"));

    private CseGroups() {
    }

    /** Returns the id of every group, the intake group included. */
    public static List<String> ids() {
        return ALL.stream().map(CseGroup::id).toList();
    }

    /** Returns the groups whose members work in Tasklist: every group but the intake system accounts. */
    public static List<String> tasklistGroups() {
        return ids().stream().filter(id -> !id.equals(REFERRAL_INTAKE)).toList();
    }

    /**
     * Returns whether members of the group work only outside the council's case teams: a partner agency, or Early
     * Help, which receives step-downs but works no task of the protocol in this process.
     */
    public static boolean isOutsideCaseTeams(String groupId) {
        return groupId.startsWith(PARTNER_PREFIX) || groupId.equals(EARLY_HELP);
    }

    /** Returns the groups whose members work on cases inside the council: every Tasklist group not outside. */
    public static List<String> caseTeamGroups() {
        return tasklistGroups().stream().filter(id -> !isOutsideCaseTeams(id)).toList();
    }

    /** A group id and display name. {@code camunda-admin} is a system group and the others are workflow groups. */
    record CseGroup(String id, String name) {

        String type() {
            return ADMIN.equals(id) || REFERRAL_INTAKE.equals(id) ? Groups.GROUP_TYPE_SYSTEM
                    : Groups.GROUP_TYPE_WORKFLOW;
        }
    }
}
