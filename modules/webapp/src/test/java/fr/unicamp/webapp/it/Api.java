package fr.unicamp.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the container tests: Basic credentials, JSON in and out. */
final class Api {

  static final String PASSWORD = "it-secret-42"; // UNICAMP_DEMO_PASSWORD of the failsafe run

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  Api(URL deployment) {
    this.base =
        URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
  }

  /** The server root, for Payara's own endpoints (/health, /openapi, /metrics). */
  URI server() {
    return base.resolve("/");
  }

  Reply get(String user, String path) {
    return send(request(user, path).GET());
  }

  Reply get(String user, String path, String language) {
    return send(request(user, path).header("Accept-Language", language).GET());
  }

  Reply post(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply put(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply raw(HttpRequest.Builder builder) {
    return send(builder);
  }

  HttpRequest.Builder request(String user, String path) {
    URI uri = path.startsWith("/") ? server().resolve(path.substring(1)) : base.resolve(path);
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    if (user != null) {
      builder.header("Authorization", basic(user, PASSWORD));
    }
    return builder;
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP answer. */
  record Reply(HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonStructure json() {
      return Json.createReader(new StringReader(response.body())).read();
    }

    JsonObject object() {
      return (JsonObject) json();
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
