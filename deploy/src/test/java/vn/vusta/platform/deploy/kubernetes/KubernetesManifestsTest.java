package vn.vusta.platform.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests (deploy/kubernetes) as an operator applies them: each overlay renders, every resource is
 * one the Kubernetes API (fabric8's model) or its operator's CRD knows, without a field either would not know; the
 * images are the build's or official ones at a pinned version; Secrets are referenced, never committed; platform-api
 * runs as the issue asks; only what must talk talks.
 */
class KubernetesManifestsTest {

    private static final List<String> OVERLAYS = List.of("local", "production");
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();
    private static final CustomResourceFields CUSTOM_RESOURCES = CustomResourceFields.load();

    /** Images the Maven build writes (Jib, in platform-api's and tenant-admin's poms). */
    private static final Set<String> BUILT_IMAGES = Set.of("vusta/platform-api", "vusta/tenant-admin");
    /** Official images: the projects' own repositories. */
    private static final Set<String> OFFICIAL_IMAGES = Set.of("quay.io/keycloak/keycloak", "redis",
            "ghcr.io/cloudnative-pg/postgresql");
    private static final Pattern PINNED_VERSION = Pattern.compile("\\d+\\.\\d+(\\.\\d+)?(-[a-z0-9.-]+)?");

    private static List<JsonNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    private static List<HasMetadata> typed(String overlay) {
        return rendered(overlay).stream().map(Manifests::typed).filter(Objects::nonNull).toList();
    }

    private static <T extends HasMetadata> T one(String overlay, Class<T> type, String name) {
        return typed(overlay).stream().filter(type::isInstance).map(type::cast)
                .filter(resource -> resource.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no " + type.getSimpleName() + " " + name));
    }

    private static JsonNode custom(String overlay, String kind, String name) {
        return rendered(overlay).stream().filter(d -> d.path("kind").asString().equals(kind))
                .filter(d -> d.path("metadata").path("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    private static List<PodSpec> podSpecs(String overlay) {
        var specs = new ArrayList<PodSpec>();
        for (HasMetadata resource : typed(overlay)) {
            PodTemplateSpec template = switch (resource) {
                case Deployment d -> d.getSpec().getTemplate();
                case StatefulSet s -> s.getSpec().getTemplate();
                default -> null;
            };
            if (template != null) {
                specs.add(template.getSpec());
            }
        }
        return specs;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyResourceIsOfTheKubernetesApiOrItsOperatorsCrdWithNoUnknownField(String overlay) {
        List<JsonNode> documents = rendered(overlay);
        assertThat(documents).extracting(d -> d.path("kind").asString())
                .contains("Deployment", "StatefulSet", "Service", "Ingress", "NetworkPolicy", "PodDisruptionBudget",
                        "ConfigMap", "Cluster", "Database", "Namespace");
        if (overlay.equals("production")) {
            assertThat(documents).extracting(d -> d.path("kind").asString()).contains("ScheduledBackup", "ObjectStore");
        }

        var errors = new ArrayList<String>();
        for (JsonNode document : documents) {
            String name = Manifests.kindAndName(document);
            HasMetadata resource = Manifests.typed(document);
            if (resource != null) {
                errors.addAll(Manifests.unknownFields(resource, name));
            } else if (CUSTOM_RESOURCES.knows(document)) {
                CUSTOM_RESOURCES.errors(document).forEach(error -> errors.add(name + " " + error));
                errors.addAll(Manifests.unknownFields(Manifests.metadata(document), name + " metadata"));
            } else {
                errors.add(name + ": " + document.path("apiVersion").asString() + " is neither Kubernetes' nor a known CRD's");
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aMisspelledFieldIsRefusedInAKubernetesResourceAndInACustomResource() {
        JsonNode deployment = Manifests.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                  template: {spec: {containers: [{name: x, image: x, readinessProbe: {httpGet: {path: /, prot: 1}}}]}}
                """).getFirst();
        assertThat(Manifests.unknownFields(Manifests.typed(deployment), "Deployment/x"))
                .containsExactlyInAnyOrder("Deployment/x.spec.replica",
                        "Deployment/x.spec.template.spec.containers[0].readinessProbe.httpGet.prot");

        JsonNode cluster = Manifests.documents("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x}
                spec:
                  instance: 3
                  managed: {roles: [{name: a, superuser: "no"}]}
                """).getFirst();
        assertThat(CUSTOM_RESOURCES.errors(cluster)).containsExactlyInAnyOrder(
                "spec.instance: unknown field", "spec.managed.roles[0].superuser: \"no\" is not boolean",
                "spec.instances: required");
    }

    @Test
    void theRealmConfigMapIsTheProductionRealmFile() throws IOException {
        Path production = Path.of("src/main/resources/keycloak/production/vusta-realm.json");
        Path copy = Manifests.FOLDER.resolve("base/keycloak/vusta-realm.json");
        assertThat(Files.mismatch(production, copy))
                .as("deploy/kubernetes/base/keycloak/vusta-realm.json differs from the production realm: "
                        + "cp deploy/src/main/resources/keycloak/production/vusta-realm.json deploy/kubernetes/base/keycloak/")
                .isEqualTo(-1L);
        for (String overlay : OVERLAYS) {
            JsonNode configMap = rendered(overlay).stream()
                    .filter(d -> d.path("kind").asString().equals("ConfigMap"))
                    .filter(d -> d.path("metadata").path("name").asString().startsWith("keycloak-realm-"))
                    .findFirst().orElseThrow();
            assertThat(configMap.path("data").path("vusta-realm.json").asString()).isEqualTo(Files.readString(production));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyImageIsTheBuildsOrAnOfficialOneAtAPinnedVersion(String overlay) throws IOException {
        var images = new ArrayList<String>();
        for (PodSpec spec : podSpecs(overlay)) {
            Stream.concat(spec.getContainers().stream(), spec.getInitContainers().stream())
                    .map(Container::getImage).forEach(images::add);
        }
        images.add(custom(overlay, "Cluster", "vusta-db").path("spec").path("imageName").asString());
        assertThat(images).isNotEmpty();
        for (String image : images) {
            int colon = image.lastIndexOf(':');
            assertThat(colon).as(image + " names its version").isGreaterThan(image.lastIndexOf('/'));
            String repository = image.substring(0, colon);
            String tag = image.substring(colon + 1);
            boolean built = BUILT_IMAGES.stream().anyMatch(name -> repository.equals(name) || repository.endsWith("/" + name));
            assertThat(built || OFFICIAL_IMAGES.contains(repository)).as(image + " is the build's or official").isTrue();
            // The build's images carry the project's version (a release, or the SNAPSHOT a local cluster loads).
            assertThat(tag).as(image + " is pinned").matches(built ? Pattern.compile("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?") : PINNED_VERSION);
        }
        // The versions the tests run: Keycloak's distribution and PostgreSQL's major version.
        Properties keycloak = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vn/vusta/platform/deploy/keycloak-dist.properties")) {
            keycloak.load(in);
        }
        assertThat(images).contains("quay.io/keycloak/keycloak:" + keycloak.getProperty("keycloak.version"));
        assertThat(images).anyMatch(image -> image.startsWith("ghcr.io/cloudnative-pg/postgresql:18."));
        assertThat(images).anyMatch(image -> image.contains("vusta/platform-api:"));
        assertThat(images).anyMatch(image -> image.contains("vusta/tenant-admin:"));
    }

    @Test
    void noSecretIsCommittedAndEverySecretReferencedIsOneCreateSecretsMakes() throws IOException {
        try (Stream<Path> files = Files.walk(Manifests.FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (JsonNode document : Manifests.documents(Files.readString(file))) {
                    assertThat(document.path("kind").asString()).as(file + " holds a Secret").isNotEqualTo("Secret");
                }
            }
        }
        String environment = Files.readString(Manifests.FOLDER.resolve("base/vusta.env")).toLowerCase();
        assertThat(environment).doesNotContain("password", "secret", "access_key", "scope_key");

        Map<String, Set<String>> created = new HashMap<>();
        String dryRun = Manifests.run(List.of(Manifests.FOLDER.resolve("create-secrets").toAbsolutePath().toString(), "--dry-run"),
                Map.of("VUSTA_SMTP_USER", "mailer", "VUSTA_SMTP_PASSWORD", "p", "VUSTA_S3_ACCESS_KEY", "a",
                        "VUSTA_S3_SECRET_KEY", "s", "VUSTA_BACKUP_S3_ACCESS_KEY", "b", "VUSTA_BACKUP_S3_SECRET_KEY", "c"));
        for (JsonNode secret : Manifests.documents(dryRun)) {
            assertThat(secret.path("kind").asString()).isEqualTo("Secret");
            var keys = new TreeSet<String>();
            secret.path("data").properties().forEach(entry -> {
                keys.add(entry.getKey());
                assertThat(Base64.getDecoder().decode(entry.getValue().asString())).isNotEmpty();
            });
            created.put(secret.path("metadata").path("name").asString(), keys);
        }
        // Generated values differ at every run: nothing is a fixed, committed password.
        String again = Manifests.run(List.of(Manifests.FOLDER.resolve("create-secrets").toAbsolutePath().toString(), "--dry-run"),
                Map.of("VUSTA_SMTP_USER", "mailer", "VUSTA_SMTP_PASSWORD", "p", "VUSTA_S3_ACCESS_KEY", "a",
                        "VUSTA_S3_SECRET_KEY", "s", "VUSTA_BACKUP_S3_ACCESS_KEY", "b", "VUSTA_BACKUP_S3_SECRET_KEY", "c"));
        assertThat(again).isNotEqualTo(dryRun);

        for (String overlay : OVERLAYS) {
            Map<String, Set<String>> referenced = secretReferences(overlay);
            assertThat(referenced).isNotEmpty();
            referenced.forEach((name, keys) -> {
                assertThat(created).as(overlay + ": create-secrets makes " + name).containsKey(name);
                assertThat(created.get(name)).as(overlay + ": keys of " + name).containsAll(keys);
            });
        }
        // Production's TLS certificate: its Secret is cert-manager's, from the Ingress' annotation, for every host.
        Ingress ingress = one("production", Ingress.class, "vusta");
        assertThat(ingress.getMetadata().getAnnotations()).containsKey("cert-manager.io/cluster-issuer");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).isEqualTo("vusta-tls");
            assertThat(tls.getHosts()).containsExactlyInAnyOrderElementsOf(
                    ingress.getSpec().getRules().stream().map(rule -> rule.getHost()).toList());
        });
    }

    /** Secret name → keys, from env secretKeyRefs, CloudNativePG's role and bootstrap secrets, the object store's credentials. */
    private static Map<String, Set<String>> secretReferences(String overlay) {
        Map<String, Set<String>> referenced = new HashMap<>();
        for (PodSpec spec : podSpecs(overlay)) {
            for (Container container : spec.getContainers()) {
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        var ref = variable.getValueFrom().getSecretKeyRef();
                        referenced.computeIfAbsent(ref.getName(), n -> new HashSet<>()).add(ref.getKey());
                    }
                    assertThat(variable.getValue() == null || !variable.getName().matches(".*(PASSWORD|SECRET|_KEY)$"))
                            .as(variable.getName() + " comes from a Secret").isTrue();
                }
                assertThat(container.getEnvFrom()).allSatisfy(from -> assertThat(from.getSecretRef()).isNull());
            }
        }
        JsonNode cluster = custom(overlay, "Cluster", "vusta-db").path("spec");
        for (JsonNode role : cluster.path("managed").path("roles")) {
            referenced.computeIfAbsent(role.path("passwordSecret").path("name").asString(), n -> new HashSet<>())
                    .addAll(Set.of("username", "password"));
        }
        referenced.computeIfAbsent(cluster.path("bootstrap").path("initdb").path("secret").path("name").asString(),
                n -> new HashSet<>()).addAll(Set.of("username", "password"));
        rendered(overlay).stream().filter(d -> d.path("kind").asString().equals("ObjectStore")).forEach(store ->
                store.path("spec").path("configuration").path("s3Credentials").forEach(ref ->
                        referenced.computeIfAbsent(ref.path("name").asString(), n -> new HashSet<>()).add(ref.path("key").asString())));
        return referenced;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theApplicationsHaveTheEnvironmentOfTheProductionProfile(String overlay) {
        JsonNode config = rendered(overlay).stream().filter(d -> d.path("kind").asString().equals("ConfigMap"))
                .filter(d -> d.path("metadata").path("name").asString().startsWith("vusta-config-")).findFirst().orElseThrow();
        assertThat(config.path("data").path("SPRING_PROFILES_ACTIVE").asString()).isEqualTo("production");
        Set<String> configured = new HashSet<>();
        config.path("data").propertyNames().forEach(configured::add);

        Set<String> required = Set.of("SPRING_PROFILES_ACTIVE", "VUSTA_DATABASE_URL", "VUSTA_REDIS_HOST", "VUSTA_REDIS_PORT",
                "VUSTA_REDIS_PASSWORD", "VUSTA_KEYCLOAK_URL", "VUSTA_PLATFORM_PROVISIONER_CLIENT_SECRET",
                "VUSTA_PLATFORM_API_CLIENT_SECRET", "VUSTA_SCOPE_KEY", "VUSTA_PLATFORM_API_URL", "VUSTA_TENANT_ADMIN_URL",
                "VUSTA_SMTP_HOST", "VUSTA_SMTP_PORT", "VUSTA_SMTP_USER", "VUSTA_SMTP_PASSWORD", "VUSTA_SMTP_STARTTLS",
                "VUSTA_SMTP_FROM", "VUSTA_FILES_STORAGE", "VUSTA_S3_ENDPOINT", "VUSTA_S3_REGION", "VUSTA_S3_BUCKET",
                "VUSTA_S3_ACCESS_KEY", "VUSTA_S3_SECRET_KEY", "VUSTA_TRUSTED_PROXIES", "SERVER_ADDRESS",
                "VUSTA_MANAGEMENT_ADDRESS", "VUSTA_DATABASE_OWNER_PASSWORD");
        Map<String, Set<String>> specific = Map.of(
                "platform-api", Set.of("VUSTA_DATABASE_APP_PASSWORD", "VUSTA_PLATFORM_WEB_CLIENT_SECRET"),
                "tenant-admin", Set.of("VUSTA_DATABASE_ADMIN_PASSWORD", "VUSTA_TENANT_ADMIN_WEB_CLIENT_SECRET"),
                "keycloak", Set.of("KC_DB_URL", "KC_DB_USERNAME", "KC_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_USERNAME",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "KC_HOSTNAME", "VUSTA_PLATFORM_PROVISIONER_CLIENT_SECRET",
                        "VUSTA_PLATFORM_API_CLIENT_SECRET", "VUSTA_PLATFORM_WEB_CLIENT_SECRET",
                        "VUSTA_TENANT_ADMIN_WEB_CLIENT_SECRET", "VUSTA_SMTP_PASSWORD", "VUSTA_PLATFORM_API_URL",
                        "VUSTA_TENANT_ADMIN_URL"));
        specific.forEach((application, names) -> {
            Container container = one(overlay, Deployment.class, application).getSpec().getTemplate().getSpec().getContainers().getFirst();
            Set<String> environment = new HashSet<>(configured);
            container.getEnv().forEach(variable -> environment.add(variable.getName()));
            assertThat(environment).as(application).containsAll(names);
            if (!application.equals("keycloak")) {
                assertThat(environment).as(application).containsAll(required);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void platformApiRunsSeveralNonRootReadOnlyReplicasThatRollAndStopGracefully(String overlay) {
        Deployment deployment = one(overlay, Deployment.class, "platform-api");
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().getFirst();

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        String tmpVolume = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                .findFirst().orElseThrow().getName();
        assertThat(pod.getVolumes()).anySatisfy(volume -> {
            assertThat(volume.getName()).isEqualTo(tmpVolume);
            assertThat(volume.getEmptyDir()).isNotNull();
        });

        // Graceful: the preStop pause and Spring's shutdown phase fit in the grace period.
        int preStop = container.getLifecycle().getPreStop().getSleep().getSeconds().intValue();
        assertThat(preStop).isPositive();
        JsonNode config = rendered(overlay).stream().filter(d -> d.path("metadata").path("name").asString().startsWith("vusta-config-"))
                .findFirst().orElseThrow().path("data");
        assertThat(config.path("SERVER_SHUTDOWN").asString()).isEqualTo("graceful");
        int shutdownPhase = Integer.parseInt(config.path("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE").asString().replace("s", ""));
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(preStop + shutdownPhase);

        // Probes on the management port (contracts: 9080), at the health groups.
        assertThat(container.getPorts()).anySatisfy(port -> {
            assertThat(port.getName()).isEqualTo("management");
            assertThat(port.getContainerPort()).isEqualTo(9080);
        });
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("management");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(container.getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("management");

        PodDisruptionBudget budget = one(overlay, PodDisruptionBudget.class, "platform-api");
        assertThat(budget.getSpec().getSelector().getMatchLabels()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isBetween(1, deployment.getSpec().getReplicas() - 1);

        for (PodSpec spec : podSpecs(overlay)) {
            for (Container each : spec.getContainers()) {
                assertThat(each.getResources().getRequests()).as(each.getName()).containsKeys("cpu", "memory");
                assertThat(each.getResources().getLimits()).as(each.getName()).containsKeys("cpu", "memory");
            }
            assertThat(spec.getSecurityContext().getRunAsNonRoot()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void tenantAdminHasOneReplicaAndNoPublicAddress(String overlay) {
        assertThat(one(overlay, Deployment.class, "tenant-admin").getSpec().getReplicas()).isEqualTo(1);
        assertThat(one(overlay, Service.class, "tenant-admin").getSpec().getType()).isIn(null, "ClusterIP");
        var backends = typed(overlay).stream().filter(Ingress.class::isInstance).map(Ingress.class::cast)
                .flatMap(ingress -> ingress.getSpec().getRules().stream())
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService().getName()).collect(Collectors.toSet());
        assertThat(backends).containsExactlyInAnyOrder("platform-api", "keycloak");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everythingIsDeniedButWhatAPolicyLetsAndEveryPodHasOne(String overlay) {
        List<NetworkPolicy> policies = typed(overlay).stream().filter(NetworkPolicy.class::isInstance)
                .map(NetworkPolicy.class::cast).toList();
        assertThat(policies).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
            assertThat(policy.getSpec().getEgress()).isNullOrEmpty();
        });
        var selected = policies.stream().map(p -> p.getSpec().getPodSelector().getMatchLabels())
                .filter(labels -> labels != null && !labels.isEmpty()).collect(Collectors.toSet());
        for (HasMetadata resource : typed(overlay)) {
            if (resource instanceof Deployment d) {
                assertThat(selected).as(d.getMetadata().getName()).contains(d.getSpec().getSelector().getMatchLabels());
            } else if (resource instanceof StatefulSet s) {
                assertThat(selected).as(s.getMetadata().getName()).contains(s.getSpec().getSelector().getMatchLabels());
            }
        }
        assertThat(selected).contains(Map.of("cnpg.io/cluster", "vusta-db"));
        // tenant-admin: nothing comes in but Prometheus to its management port.
        NetworkPolicy tenantAdmin = policies.stream().filter(p -> p.getMetadata().getName().equals("tenant-admin")).findFirst().orElseThrow();
        assertThat(tenantAdmin.getSpec().getIngress()).singleElement().satisfies(rule ->
                assertThat(rule.getPorts()).singleElement().satisfies(port -> assertThat(port.getPort().getIntVal()).isEqualTo(9081)));
    }

    @Test
    void productionPostgresqlHasThreeInstancesTheRolesOfTheLocalStackAndNightlyBackups() {
        JsonNode cluster = custom("production", "Cluster", "vusta-db").path("spec");
        assertThat(cluster.path("instances").asInt()).isEqualTo(3);
        assertThat(cluster.path("enableSuperuserAccess").asBoolean()).isFalse();
        var roles = new HashMap<String, JsonNode>();
        cluster.path("managed").path("roles").forEach(role -> roles.put(role.path("name").asString(), role));
        assertThat(roles).containsOnlyKeys("vusta_owner", "vusta_app", "vusta_admin", "keycloak");
        roles.values().forEach(role -> {
            assertThat(role.path("superuser").asBoolean(true)).isFalse();
            assertThat(role.path("bypassrls").asBoolean(true)).isFalse();
            assertThat(role.path("createrole").asBoolean(true)).isFalse();
        });
        assertThat(cluster.path("bootstrap").path("initdb").path("owner").asString()).isEqualTo("vusta_owner");
        assertThat(cluster.path("bootstrap").path("initdb").path("postInitSQL").toString()).contains("nobypassrls");

        JsonNode plugin = cluster.path("plugins").get(0);
        assertThat(plugin.path("isWALArchiver").asBoolean()).isTrue();
        JsonNode store = custom("production", "ObjectStore", plugin.path("parameters").path("barmanObjectName").asString());
        assertThat(store.path("spec").path("retentionPolicy").asString()).isNotEmpty();
        JsonNode backup = custom("production", "ScheduledBackup", "vusta-db-nightly").path("spec");
        assertThat(backup.path("cluster").path("name").asString()).isEqualTo("vusta-db");
        assertThat(backup.path("method").asString()).isEqualTo("plugin");
        assertThat(backup.path("pluginConfiguration").path("name").asString()).isEqualTo(plugin.path("name").asString());
        assertThat(custom("production", "Database", "keycloak").path("spec").path("owner").asString()).isEqualTo("keycloak");

        Deployment keycloak = one("production", Deployment.class, "keycloak");
        assertThat(keycloak.getSpec().getReplicas()).isEqualTo(2);
        assertThat(keycloak.getSpec().getTemplate().getSpec().getContainers().getFirst().getArgs()).contains("--import-realm");
    }

    @Test
    void thePointInTimeRecoveryComponentRestoresVustaDbFromItsBackupsUnderANewServerName() throws IOException {
        Path overlay = Path.of("target/kubernetes-recovery");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                resources:
                  - ../../kubernetes/overlays/production
                components:
                  - ../../kubernetes/components/point-in-time-recovery
                """);
        List<JsonNode> documents = Manifests.documents(Manifests.kubectl(Map.of(), "kustomize", overlay.toString()));
        JsonNode cluster = documents.stream().filter(d -> Manifests.kindAndName(d).equals("Cluster/vusta-db")).findFirst().orElseThrow();
        assertThat(CUSTOM_RESOURCES.errors(cluster)).isEmpty();

        JsonNode spec = cluster.path("spec");
        assertThat(spec.path("bootstrap").has("initdb")).isFalse();
        String source = spec.path("bootstrap").path("recovery").path("source").asString();
        assertThat(spec.path("bootstrap").path("recovery").path("recoveryTarget").path("targetTime").asString()).isNotEmpty();
        JsonNode origin = null;
        for (JsonNode external : spec.path("externalClusters")) {
            if (external.path("name").asString().equals(source)) {
                origin = external.path("plugin").path("parameters");
            }
        }
        assertThat(origin).as("the recovery's source is an external cluster").isNotNull();
        JsonNode archive = spec.path("plugins").get(0).path("parameters");
        assertThat(origin.path("barmanObjectName").asString()).isEqualTo(archive.path("barmanObjectName").asString());
        assertThat(origin.path("serverName").asString()).isEqualTo("vusta-db");
        assertThat(archive.path("serverName").asString()).as("never archives over the history it restores from")
                .isNotEqualTo(origin.path("serverName").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void keycloakHasEveryVariableTheRealmNamesAndTheRedisScriptsAreValidShell(String overlay) throws IOException {
        var names = new TreeSet<String>();
        Pattern.compile("\\$\\{(VUSTA_[A-Z0-9_]+)}").matcher(Files.readString(Manifests.FOLDER.resolve("base/keycloak/vusta-realm.json")))
                .results().forEach(match -> names.add(match.group(1)));
        assertThat(names).contains("VUSTA_PLATFORM_WEB_CLIENT_SECRET", "VUSTA_SMTP_HOST");
        JsonNode config = rendered(overlay).stream().filter(d -> d.path("metadata").path("name").asString().startsWith("vusta-config-"))
                .findFirst().orElseThrow().path("data");
        Set<String> environment = new HashSet<>();
        config.propertyNames().forEach(environment::add);
        one(overlay, Deployment.class, "keycloak").getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv()
                .forEach(variable -> environment.add(variable.getName()));
        assertThat(environment).containsAll(names);

        for (String script : List.of("redis.sh", "sentinel.sh")) {
            Manifests.run(List.of("sh", "-n", Manifests.FOLDER.resolve("base/redis").resolve(script).toString()), Map.of());
        }
    }
}
