package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.identity.KeycloakAdmin;
import vn.vusta.platform.users.TenantUsers;

import java.util.List;
import java.util.Set;

/** The users of the union, managed by its administrators: invite, give and take tenant roles, disable. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    record InvitationRequest(@NotBlank @Email @Size(max = 200) String email, @NotBlank @Size(max = 100) String firstName,
                             @NotBlank @Size(max = 100) String lastName, @NotBlank String role) {
    }

    record RolesRequest(@NotNull Set<String> roles) {
    }

    private final TenantUsers users;

    UserController(TenantUsers users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "The union's users with their roles")
    List<KeycloakAdmin.Member> list() {
        return users.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a user: a member of the union with a temporary password, replaced at the first login")
    TenantUsers.Invitation invite(@Valid @RequestBody InvitationRequest request) {
        return users.invite(request.email().strip().toLowerCase(), request.firstName().strip(), request.lastName().strip(),
                request.role());
    }

    @PutMapping("/{userId}/roles")
    @Operation(summary = "Set a user's tenant roles (tenant-admin, tenant-editor, tenant-viewer)")
    KeycloakAdmin.Member roles(@PathVariable String userId, @Valid @RequestBody RolesRequest request) {
        return users.changeRoles(userId, request.roles());
    }

    @PostMapping("/{userId}/disable")
    @Operation(summary = "Disable a user: they can no longer log in")
    KeycloakAdmin.Member disable(@PathVariable String userId) {
        return users.setEnabled(userId, false);
    }

    @PostMapping("/{userId}/enable")
    @Operation(summary = "Enable a disabled user again")
    KeycloakAdmin.Member enable(@PathVariable String userId) {
        return users.setEnabled(userId, true);
    }
}
