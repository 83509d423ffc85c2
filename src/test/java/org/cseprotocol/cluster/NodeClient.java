package org.cseprotocol.cluster;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * HTTP client of one node, logged in as one user with HTTP basic authentication. It returns every response,
 * whatever its status, so that tests can check error statuses too.
 */
final class NodeClient {

    static final String PASSWORD = "demo";

    private final RestClient client;
    private final String engineRest;

    private NodeClient(RestClient client, String engineRest) {
        this.client = client;
        this.engineRest = engineRest;
    }

    /** Returns a client of the node's application API and of its engine's REST API. */
    static NodeClient of(Node node, String userId) {
        RestClient client = RestClient.builder()
                .baseUrl("http://localhost:" + node.port())
                .defaultHeaders(headers -> headers.setBasicAuth(userId, PASSWORD))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        String engineRest = Node.DEFAULT_ENGINE.equals(node.engineName())
                ? "/engine-rest"
                : "/engine-rest/engine/" + node.engineName();
        return new NodeClient(client, engineRest);
    }

    ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().toEntity(JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String path, Object body) {
        return client.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** Returns the path of a resource of Camunda's REST API on this node's engine, such as {@code /task}. */
    String engine(String path) {
        return engineRest + path;
    }
}
