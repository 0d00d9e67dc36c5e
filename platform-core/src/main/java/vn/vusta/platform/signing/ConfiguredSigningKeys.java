package vn.vusta.platform.signing;

import org.springframework.stereotype.Component;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.tenancy.Tenant;
import vn.vusta.platform.tenancy.Tenants;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of {@code vusta.signing.unions.<code>.approver|organisation} and {@code vusta.signing.national}, each a
 * key file, a token or a remote account, opened on first use and kept open. Where none is configured and the
 * local-development keys are on, the local authority issues one: the approver's in the name of the union's chairman
 * ({@code local-development.chairmen}), the union's in its own name, the national union's in its name.
 */
@Component
class ConfiguredSigningKeys implements SigningKeys {

    static final String NATIONAL_UNION = "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam";

    private final SigningSetup setup;
    private final Tenants tenants;
    private final Map<String, SigningKey> opened = new ConcurrentHashMap<>();

    ConfiguredSigningKeys(SigningSetup setup, Tenants tenants) {
        this.setup = setup;
        this.tenants = tenants;
    }

    @Override
    public Optional<SigningKey> forUnion(String tenantCode, SignerRole role) {
        var union = setup.properties().unions().get(tenantCode);
        SigningProperties.KeySetup configured = union == null ? null
                : role == SignerRole.APPROVER ? union.approver() : union.organisation();
        String name = tenantCode + "-" + role.name().toLowerCase(Locale.ROOT);
        if (configured != null) {
            return Optional.of(opened.computeIfAbsent(name, n -> open(n, configured)));
        }
        return setup.local().map(local -> local.key(name, role == SignerRole.APPROVER
                ? setup.properties().localDevelopment().chairmen().getOrDefault(tenantCode, "Chủ tịch " + unionName(tenantCode))
                : unionName(tenantCode)));
    }

    @Override
    public Optional<SigningKey> national() {
        SigningProperties.KeySetup configured = setup.properties().national();
        if (configured != null) {
            return Optional.of(opened.computeIfAbsent("national", n -> open(n, configured)));
        }
        return setup.local().map(local -> local.key("national", NATIONAL_UNION));
    }

    private String unionName(String tenantCode) {
        return tenants.findByCode(tenantCode).map(Tenant::name).orElse(tenantCode);
    }

    private static SigningKey open(String name, SigningProperties.KeySetup key) {
        try {
            if (key.csc() != null) {
                var csc = key.csc();
                URI base = URI.create(csc.url());
                URI token = csc.tokenUrl() == null || csc.tokenUrl().isBlank() ? base.resolve("oauth2/token") : URI.create(csc.tokenUrl());
                return new RemoteKey(new CscAccount(base, token, csc.clientId(), csc.clientSecret(), csc.credentialId(), csc.pin()));
            }
            if (key.pkcs11() != null) {
                var token = key.pkcs11();
                return KeyStoreKey.token(token.library(), token.slotListIndex() == null ? 0 : token.slotListIndex(),
                        chars(token.pin()), token.alias());
            }
            if (key.keyFile() != null) {
                return KeyStoreKey.keyFile(Path.of(key.keyFile()), chars(key.password()), key.alias());
            }
        } catch (RuntimeException e) {
            throw RefusedException.conflict("signature", "signing.refusal.key-unavailable")
                    .logged("The signing key " + name + " could not be opened: " + e.getMessage());
        }
        throw RefusedException.conflict("signature", "signing.refusal.key-unavailable")
                .logged("The signing key " + name + " names no key file, token or remote account");
    }

    private static char[] chars(String secret) {
        return secret == null ? new char[0] : secret.toCharArray();
    }
}
