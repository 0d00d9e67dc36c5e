package vn.vusta.platform.signing;

import java.net.URI;

/**
 * A union's account at a remote signing service that implements the Cloud Signature Consortium API v2: the
 * service's base address (its {@code /csc/v2/…} endpoints under it), its OAuth 2.0 token endpoint (client
 * credentials), the client's id and secret, the signing credential's id, and its PIN where the service asks one to
 * authorise a signature (empty when it authorises by the client alone).
 */
public record CscAccount(URI baseUrl, URI tokenUrl, String clientId, String clientSecret, String credentialId, String pin) {
}
