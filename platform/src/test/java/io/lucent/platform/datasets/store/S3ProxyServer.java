package io.lucent.platform.datasets.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real S3-compatible server on loopback for tests: s3proxy (from Maven Central) with a filesystem blobstore, run
 * in a child JVM so its Jetty stays apart from the platform's.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "lucent-test";
    public static final String SECRET_KEY = "lucent-test-secret-key";

    private final Process process;
    private final int port;

    private S3ProxyServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static S3ProxyServer start(Path workDirectory) throws IOException, InterruptedException {
        String jar = System.getProperty("lucent.test.s3proxy");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("run through Maven: lucent.test.s3proxy must name the s3proxy jar, not " + jar);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path blobs = Files.createDirectories(workDirectory.resolve("blobs"));
        Path properties = workDirectory.resolve("s3proxy.conf");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + blobs) + "\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-jar", jar, "--properties", properties.toString()))
                .redirectErrorStream(true).redirectOutput(workDirectory.resolve("s3proxy.log").toFile()).start();
        S3ProxyServer server = new S3ProxyServer(process, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!server.accepting()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                server.close();
                throw new IllegalStateException("s3proxy did not start; see " + workDirectory.resolve("s3proxy.log"));
            }
            Thread.sleep(100);
        }
        return server;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** A client of this server with its credentials, path-style, checksums only when required. */
    public software.amazon.awssdk.services.s3.S3Client client() {
        return software.amazon.awssdk.services.s3.S3Client.builder()
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .endpointOverride(java.net.URI.create(endpoint()))
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
