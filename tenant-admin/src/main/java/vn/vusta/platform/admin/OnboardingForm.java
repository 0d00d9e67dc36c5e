package vn.vusta.platform.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vusta.platform.identity.EmailAddresses;
import vn.vusta.platform.lifecycle.OnboardingRequest;

/** What an IT administrator enters to onboard a tenant (the page's form and the API's body). */
record OnboardingForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,62}", message = "{onboarding.code.format}") String code,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Pattern(regexp = "[0-9]{2}", message = "{onboarding.province.format}") String provinceCode,
        @NotBlank @Email(regexp = EmailAddresses.DELIVERABLE) @Size(max = 200) String adminEmail,
        @NotBlank @Size(max = 100) String adminFirstName,
        @NotBlank @Size(max = 100) String adminLastName) {

    OnboardingRequest request() {
        return new OnboardingRequest(code.strip(), name.strip(), provinceCode.strip(), adminEmail.strip().toLowerCase(),
                adminFirstName.strip(), adminLastName.strip());
    }
}
