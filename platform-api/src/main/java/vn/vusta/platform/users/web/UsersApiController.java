package vn.vusta.platform.users.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.identity.EmailAddresses;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.users.TenantUsers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The users of the union, managed by its administrators: invite, give and take tenant roles, disable. */
@RestController
@RequestMapping("/api/v1/users")
class UsersApiController {

    record InvitationRequest(@NotBlank @Email(regexp = EmailAddresses.DELIVERABLE) @Size(max = 200) String email, @NotBlank @Size(max = 100) String firstName,
                             @NotBlank @Size(max = 100) String lastName, @NotBlank String role) {
    }

    record RolesRequest(@NotNull Set<String> roles) {
    }

    /**
     * @param invited false when the person already was a user of the union: nothing was changed or sent
     * @param message what happened, in the request's language
     */
    record InvitationResponse(String username, boolean invited, String message) {
    }

    private final TenantUsers users;
    private final MessageSource messages;

    UsersApiController(TenantUsers users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The union's users with their roles")
    List<KeycloakAdmin.Member> list() {
        return users.list();
    }

    @PostMapping
    @Operation(summary = "Invite a person by e-mail: Keycloak mails them a link to verify the address and choose a password "
            + "(201); a user of the union already is left as they are (200); an address of an account outside the union is "
            + "refused (422, field email)")
    ResponseEntity<InvitationResponse> invite(@Valid @RequestBody InvitationRequest request, Locale locale) {
        TenantUsers.Invitation invitation = users.invite(request.email().strip().toLowerCase(), request.firstName().strip(),
                request.lastName().strip(), request.role());
        String message = messages.getMessage(invitation.invited() ? "users.invited" : "users.already",
                new Object[]{invitation.username()}, locale);
        return ResponseEntity.status(invitation.invited() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new InvitationResponse(invitation.username(), invitation.invited(), message));
    }

    @PutMapping("/{userId}/roles")
    @Operation(summary = "Set a user's tenant roles (tenant-admin, tenant-editor, tenant-viewer, tenant-approver)")
    KeycloakAdmin.Member roles(@PathVariable UUID userId, @Valid @RequestBody RolesRequest request) {
        return users.changeRoles(userId.toString(), request.roles());
    }

    @PostMapping("/{userId}/disable")
    @Operation(summary = "Disable a user: they can no longer log in")
    KeycloakAdmin.Member disable(@PathVariable UUID userId) {
        return users.setEnabled(userId.toString(), false);
    }

    @PostMapping("/{userId}/enable")
    @Operation(summary = "Enable a disabled user again")
    KeycloakAdmin.Member enable(@PathVariable UUID userId) {
        return users.setEnabled(userId.toString(), true);
    }
}
