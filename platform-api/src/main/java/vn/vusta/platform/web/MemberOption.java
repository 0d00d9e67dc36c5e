package vn.vusta.platform.web;

import java.util.UUID;

/** A member as an option of a member list (templates/fragments/member-options.html), whichever capability asks. */
public record MemberOption(UUID id, String fullName) {
}
