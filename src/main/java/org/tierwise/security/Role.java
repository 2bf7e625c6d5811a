package org.tierwise.security;

/** What a user may do; a user holds one or more roles. Each endpoint's roles are in {@link AccessTable}. */
public enum Role {
    OFFICER("School-improvement officers: read schools, tiers, recommendations and runs"),
    COMMISSIONER("Commissioning groups: run tiering and brokering, override tiers, confirm deployments,"
            + " import school and results data, record local intelligence, keep the supporter register"),
    POLICY("Policy staff: validate, test, compare (what-if) and reload the rules"),
    FINANCE("Finance officers: run finance checks, read the flags, import finance data"),
    ADMIN("Administrators: the users and their roles, the service's metrics"),
    SAFEGUARDING("Safeguarding staff (held beside OFFICER or COMMISSIONER): read the notes of concerns marked"
            + " SAFEGUARDING, which everyone else sees only as 'a confidential safeguarding concern is recorded'");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority for this role, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
