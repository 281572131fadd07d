package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The mail server for verification codes and scheduled reports (SaaS mode). */
public class SmtpConfig {

    private String host = "";
    private int port = 25;
    private String from = "";

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host == null ? "" : host;
    }

    @JsonProperty
    public int getPort() {
        return port;
    }

    @JsonProperty
    public void setPort(int port) {
        this.port = port;
    }

    @JsonProperty
    public String getFrom() {
        return from;
    }

    @JsonProperty
    public void setFrom(String from) {
        this.from = from == null ? "" : from;
    }
}
