package nl.hgk.ledger.deploy.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests in {@code deploy/k8s} agree with the application they run: every container port is the
 * application's port, every profile they switch on exists, every probe asks a health group the application has, every
 * environment variable they set is one the application reads, and every Service finds its pods. (Kubernetes itself
 * cannot run here: this is what can be checked without it; the probes answer in {@link QueryNodeTest} and {@link CommandNodeTest}.)
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("k8s");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern PROFILES = Pattern.compile("--spring\\.profiles\\.active=(\\S+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    /** read by a library outside Spring's properties: Axon's usage reporter */
    private static final Set<String> READ_OUTSIDE_SPRING = Set.of("AXONIQ_UPDATE_CHECKER_DISABLED");

    private static List<Map<String, Object>> documents() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        if (document != null) {
                            documents.add(cast(document));
                        }
                    }
                }
            }
        }
        assertThat(documents).as("manifests in " + MANIFESTS.toAbsolutePath()).isNotEmpty();
        return documents;
    }

    private static List<Map<String, Object>> ofKind(String kind) throws IOException {
        return documents().stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    private static List<Map<String, Object>> containers() throws IOException {
        List<Map<String, Object>> containers = new ArrayList<>();
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            containers.addAll(list(at(deployment, "spec", "template", "spec", "containers")));
        }
        assertThat(containers).isNotEmpty();
        return containers;
    }

    private static Map<String, Object> application() throws IOException {
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.yml"))) {
            return cast(new Yaml().load(reader));
        }
    }

    @Test
    void everyContainerPortIsTheApplicationsPort() throws IOException {
        Object serverPort = at(application(), "server", "port");
        Object managementPort = at(application(), "management", "server", "port");
        assertThat(managementPort).as("the actuator on the application's own port").isNull();
        for (Map<String, Object> container : containers()) {
            for (Map<String, Object> port : list(container.get("ports"))) {
                assertThat(port.get("containerPort")).as(container.get("name") + "'s port").isEqualTo(serverPort);
            }
        }
    }

    @Test
    void everyProfileSwitchedOnExists() throws IOException {
        Set<String> profiles = new HashSet<>();
        for (Map<String, Object> container : containers()) {
            for (Object argument : (List<?>) container.getOrDefault("args", List.of())) {
                Matcher active = PROFILES.matcher(String.valueOf(argument));
                if (active.find()) {
                    Collections.addAll(profiles, active.group(1).split(","));
                }
            }
        }
        assertThat(profiles).contains("production", "command", "query");
        for (String profile : profiles) {
            assertThat(RESOURCES.resolve("application-" + profile + ".yml")).as("profile " + profile).exists();
        }
    }

    @Test
    void everyProbeAsksAHealthGroupOfTheApplication() throws IOException {
        Set<String> groups = cast(at(application(), "management", "endpoint", "health", "group")).keySet();
        assertThat(groups).contains("liveness", "readiness");
        for (Map<String, Object> container : containers()) {
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                Object path = at(cast(container.get(probe)), "httpGet", "path");
                assertThat(path).as(probe).isNotNull();
                String group = String.valueOf(path).replaceFirst("^/actuator/health/?", "");
                assertThat(String.valueOf(path)).startsWith("/actuator/health");
                if (!group.isEmpty()) {
                    assertThat(groups).as(probe + " " + path).contains(group);
                }
                Object port = at(cast(container.get(probe)), "httpGet", "port");
                assertThat(list(container.get("ports"))).as(probe + "'s port").anyMatch(named(port));
            }
        }
    }

    @Test
    void everyEnvironmentVariableSetIsOneTheApplicationReads() throws IOException {
        Set<String> set = new HashSet<>();
        for (Map<String, Object> container : containers()) {
            list(container.get("env")).forEach(variable -> set.add(String.valueOf(variable.get("name"))));
        }
        for (String kind : List.of("ConfigMap", "Secret")) {
            for (Map<String, Object> document : ofKind(kind)) {
                for (String data : List.of("data", "stringData")) {
                    if (document.get(data) != null) {
                        set.addAll(cast(document.get(data)).keySet());
                    }
                }
            }
        }
        assertThat(set).contains("SPRING_DATASOURCE_URL", "HGK_HOUSEHOLD_KEY_SECRET", "HGK_SEARCH_INDEX_SECRET",
                "OIDC_ISSUER_URI");
        Set<String> read = readByTheApplication();
        assertThat(set).allSatisfy(variable -> assertThat(read).as("who reads " + variable).contains(variable));
    }

    @Test
    void everyServiceFindsPodsWithItsPort() throws IOException {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        for (Map<String, Object> deployment : deployments) {
            assertThat(at(deployment, "spec", "template", "metadata", "labels"))
                    .isEqualTo(at(deployment, "spec", "selector", "matchLabels"));
        }
        for (Map<String, Object> service : ofKind("Service")) {
            Map<String, Object> selector = cast(at(service, "spec", "selector"));
            List<Map<String, Object>> selected = deployments.stream()
                    .filter(deployment -> cast(at(deployment, "spec", "template", "metadata", "labels"))
                            .entrySet().containsAll(selector.entrySet()))
                    .toList();
            assertThat(selected).as("pods of " + at(service, "metadata", "name")).isNotEmpty();
            for (Map<String, Object> port : list(at(service, "spec", "ports"))) {
                for (Map<String, Object> deployment : selected) {
                    for (Map<String, Object> container : list(at(deployment, "spec", "template", "spec",
                            "containers"))) {
                        assertThat(list(container.get("ports"))).anyMatch(named(port.get("targetPort")));
                    }
                }
            }
        }
    }

    /**
     * The placeholders of the application's own configuration ({@code ${HGK_HOUSEHOLD_KEY_SECRET}}), and every
     * property Spring Boot and the libraries declare in their configuration metadata, in its environment-variable
     * form ({@code spring.datasource.url}: {@code SPRING_DATASOURCE_URL}).
     */
    private static Set<String> readByTheApplication() throws IOException {
        Set<String> read = new HashSet<>(READ_OUTSIDE_SPRING);
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("application")).toList()) {
                Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
                while (placeholder.find()) {
                    read.add(placeholder.group(1));
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(KubernetesManifestsTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    read.add(property.path("name").asText().toUpperCase(Locale.ROOT).replaceAll("[.\\-]", "_"));
                }
            }
        }
        return read;
    }

    private static java.util.function.Predicate<Map<String, Object>> named(Object port) {
        return containerPort -> port.equals(containerPort.get("name")) || port.equals(containerPort.get("containerPort"));
    }

    private static Object at(Map<String, Object> node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return map == null ? Map.of() : (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }
}
