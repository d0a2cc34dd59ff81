package dev.tempo.engine.facts;

import dev.tempo.model.Member;
import dev.tempo.model.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The core roles of a rounded team (article section 3), as TEMPO-TEAM-01 checks them; the
 * constant's name is the target of the finding for a missing role (the rule's metadata gives the
 * severity of each). {@link #ENGINEER} is held by any of DATA_ENGINEER, ML_ENGINEER or SOFTWARE_ENGINEER.
 */
public enum CoreRole {
    DATA_SCIENTIST(Role.DATA_SCIENTIST),
    ENGINEER(Role.DATA_ENGINEER, Role.ML_ENGINEER, Role.SOFTWARE_ENGINEER),
    DOMAIN_EXPERT(Role.DOMAIN_EXPERT),
    PROJECT_MANAGER(Role.PROJECT_MANAGER);

    /** Every core role, in the article's order. */
    public static final List<CoreRole> ALL = List.of(values());

    private final Set<Role> roles;

    CoreRole(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    /** The member roles that hold this core role. */
    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** Whether a member whose role is known holds this core role. */
    public boolean heldByAnyOf(Collection<Member> members) {
        return members.stream().anyMatch(m -> m.role() != null && roles.contains(m.role()));
    }

    /** The roles as a reader wants them: {@code DATA_SCIENTIST}, or {@code DATA_ENGINEER, ML_ENGINEER or SOFTWARE_ENGINEER}. */
    public String describe() {
        List<String> names = roles.stream().map(Role::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
