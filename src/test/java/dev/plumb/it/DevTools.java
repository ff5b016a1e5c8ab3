package dev.plumb.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DevTools protocol session with one page, over the JDK's own WebSocket client: commands are
 * JSON requests answered by id; events are kept so a test can look at them afterwards.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private DevTools(WebSocket socket) {
        this.socket = socket;
    }

    /** Attaches to the browser's first page. */
    static DevTools attach(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> targets = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        String url = null;
        for (JsonNode target : JSON.readTree(targets.body())) {
            if ("page".equals(target.path("type").asText())) {
                url = target.get("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (url == null) {
            throw new IllegalStateException("Chromium has no page target: " + targets.body());
        }
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(url), listener).join();
        DevTools devTools = new DevTools(socket);
        listener.owner = devTools;
        return devTools;
    }

    /** Sends a command and waits for its result; a protocol error fails the test with Chromium's message. */
    JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode request = JSON.createObjectNode();
        request.put("id", id);
        request.put("method", method);
        request.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(request.toString(), true).join();
        JsonNode response;
        try {
            response = answer.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
        if (response.has("error")) {
            throw new IllegalStateException(method + " failed: " + response.get("error"));
        }
        return response.path("result");
    }

    JsonNode send(String method) {
        return send(method, Map.of());
    }

    /** Evaluates a JavaScript expression in the page and returns its value (promises awaited). */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw on `" + expression + "`: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    List<JsonNode> events(String method) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode event : events) {
            if (method.equals(event.path("method").asText())) {
                matching.add(event.path("params"));
            }
        }
        return matching;
    }

    @Override
    public void close() {
        socket.abort();
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else {
                events.add(message);
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable DevTools message", e);
        }
    }

    /** Large answers (screenshots) arrive in fragments: collect them until the last. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile DevTools owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String message = buffer.toString();
                buffer.setLength(0);
                owner.receive(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
