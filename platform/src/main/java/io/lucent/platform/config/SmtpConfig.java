package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The mail server for verification codes, password resets and scheduled reports (SaaS mode). */
public class SmtpConfig {

    private String host = "";
    private int port = 25;
    private String from = "";
    private String username = "";
    private String password = "";
    private boolean startTls = false;

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

    /** SMTP user; blank: no SMTP authentication. */
    @JsonProperty
    public String getUsername() {
        return username;
    }

    @JsonProperty
    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    /** SMTP password; never logged. */
    @JsonProperty
    public String getPassword() {
        return password;
    }

    @JsonProperty
    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    /** Require STARTTLS before authenticating. */
    @JsonProperty
    public boolean isStartTls() {
        return startTls;
    }

    @JsonProperty
    public void setStartTls(boolean startTls) {
        this.startTls = startTls;
    }
}
